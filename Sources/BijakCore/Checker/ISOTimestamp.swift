import Foundation

/// Parses and formats ISO 8601 timestamps while keeping the writer's UTC offset, which decides local duty hours.
public enum ISOTimestamp {
    /// Parses `2025-02-06T09:30:00+07:00`, `2025-02-06T02:30:00Z` or with fractional seconds.
    /// - Returns: the instant and the offset it was written with, or `nil` if the text is not such a timestamp.
    public static func parse(_ text: String) -> (date: Date, utcOffsetSeconds: Int)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 20, trimmed.count <= 40 else { return nil }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = plain.date(from: trimmed) ?? fractional.date(from: trimmed) else { return nil }
        return (date, offset(of: trimmed))
    }

    /// Formats an instant in the given offset, e.g. `2025-02-06T09:30:00+07:00`.
    public static func format(_ date: Date, utcOffsetSeconds: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: utcOffsetSeconds) ?? TimeZone(secondsFromGMT: 0)!
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    private static func offset(of text: String) -> Int {
        if text.hasSuffix("Z") || text.hasSuffix("z") { return 0 }
        let tail = text.suffix(6)
        guard tail.count == 6, let sign = tail.first, sign == "+" || sign == "-" else { return 0 }
        let digits = tail.dropFirst().split(separator: ":")
        guard digits.count == 2, let hours = Int(digits[0]), let minutes = Int(digits[1]) else { return 0 }
        let seconds = hours * 3600 + minutes * 60
        return sign == "-" ? -seconds : seconds
    }
}
