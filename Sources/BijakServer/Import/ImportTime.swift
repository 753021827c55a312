import Foundation

/// The time formats exports use. Parsed without shared formatters, so parsers may run on several threads.
enum ImportTime {
    /// ISO 8601 with or without fractional seconds, a date alone (midnight UTC), Unix seconds, or X's
    /// "Wed Oct 10 20:19:24 +0000 2018".
    static func parse(_ value: String) -> Date? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let seconds = Double(trimmed), trimmed.allSatisfy({ $0.isNumber || $0 == "." }) {
            return fromUnix(seconds)
        }
        if trimmed.count == 10, let date = iso(trimmed + "T00:00:00Z") { return date }
        return iso(trimmed) ?? twitter(trimmed)
    }

    /// Unix seconds, or milliseconds when the number is too large to be seconds.
    static func fromUnix(_ value: Double) -> Date? {
        guard value.isFinite, value > 0 else { return nil }
        let seconds = value > 100_000_000_000 ? value / 1000 : value
        return Date(timeIntervalSince1970: seconds)
    }

    private static func iso(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Wed Oct 10 20:19:24 +0000 2018", rewritten as ISO 8601.
    private static func twitter(_ text: String) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, let month = months.firstIndex(of: String(parts[1])), let day = Int(parts[2]),
              parts[4].count == 5, let year = Int(parts[5]) else { return nil }
        let zone = parts[4]
        let offset = zone.prefix(3) + ":" + zone.suffix(2)
        return iso(String(format: "%04d-%02d-%02dT", year, month + 1, day) + parts[3] + offset)
    }
}
