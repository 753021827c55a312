import Foundation

/// Makes text from an export safe to store, and checks the limits of a record.
///
/// Invalid UTF-8 becomes U+FFFD (the post is kept: losing a post of the record is worse than a replaced byte).
/// Control characters other than tab and line breaks are removed: they carry no meaning in a post, and
/// PostgreSQL refuses NUL in text. Bidi and invisible characters are kept as evidence of what was published; the
/// engine folds them away when it checks, and pages escape everything they show.
enum ImportText {
    /// The longest post text accepted, in Unicode scalars (far above any platform's limit).
    static let maxTextScalars = 100_000
    /// The longest id or URL accepted.
    static let maxFieldLength = 2_048

    /// Decodes bytes as UTF-8, replacing invalid sequences.
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Removes control characters except `\t`, `\n` and `\r`.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnwantedControl) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isUnwantedControl($0) })
        return String(scalars)
    }

    private static func isUnwantedControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// A cleaned, bounded short field (id, URL), or `nil` when empty.
    static func field(_ value: String?) -> String? {
        guard let value else { return nil }
        let cleaned = clean(value).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cleaned.isEmpty else { return nil }
        return String(cleaned.prefix(maxFieldLength))
    }

    /// Checks a record's text; returns the problem, if any.
    static func problem(withText text: String) -> String? {
        if text.unicodeScalars.count > maxTextScalars {
            return "teks lebih dari \(maxTextScalars) karakter / text longer than \(maxTextScalars) characters"
        }
        return nil
    }
}
