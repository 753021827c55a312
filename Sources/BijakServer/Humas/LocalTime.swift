import Foundation

/// Times in a unit's zone, as the Humas pages show and accept them.
enum LocalTime {
    /// `yyyy-MM-ddTHH:mm` in `zone` (what a `datetime-local` field holds); empty for no date.
    static func field(_ date: Date?, zone: IndonesianTimeZone) -> String {
        guard let date else { return "" }
        return formatter("yyyy-MM-dd'T'HH:mm", zone: zone).string(from: date)
    }

    /// `yyyy-MM-dd HH:mm WIB`; empty for no date.
    static func text(_ date: Date?, zone: IndonesianTimeZone) -> String {
        guard let date else { return "" }
        return formatter("yyyy-MM-dd HH:mm", zone: zone).string(from: date) + " " + zone.rawValue
    }

    /// A Gregorian calendar in `zone`, for month grids and day boundaries.
    static func calendar(_ zone: IndonesianTimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: zone.utcOffsetSeconds) ?? .gmt
        calendar.firstWeekday = 2
        return calendar
    }

    /// A fixed-format, locale-independent formatter in `zone`.
    static func formatter(_ format: String, zone: IndonesianTimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(secondsFromGMT: zone.utcOffsetSeconds)
        formatter.dateFormat = format
        return formatter
    }
}
