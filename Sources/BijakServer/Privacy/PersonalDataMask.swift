import BijakCore
import Foundation

/// Masks personal identifiers in free text for readers who do not need them: NIK, NIP and phone numbers (any run of
/// 10 to 18 digits, so that an unvalidated number is masked too) and e-mail addresses, with the same masking the
/// engine uses for evidence (``BijakCore/IdentifierMask``).
///
/// Masking errs on the side of hiding: a long order number is masked as well, which costs a reader nothing.
enum PersonalDataMask {
    private static let digitRun = try! NSRegularExpression(pattern: "(?<![0-9])\\+?[0-9]{10,18}(?![0-9])")
    private static let email = try! NSRegularExpression(
        pattern: "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")

    /// `text` with every identifier masked.
    static func mask(_ text: String) -> String {
        var result = text
        for (expression, replace) in [(email, IdentifierMask.maskEmail), (digitRun, maskDigits)] {
            let matches = expression.matches(in: result, range: NSRange(result.startIndex..., in: result))
            // Replaced from the end so that earlier ranges stay valid.
            for match in matches.reversed() {
                guard let range = Range(match.range, in: result) else { continue }
                result.replaceSubrange(range, with: replace(String(result[range])))
            }
        }
        return result
    }

    /// An 18-digit NIP as a list shows it to someone who does not need it.
    static func maskNIP(_ nip: String) -> String { maskDigits(nip) }

    private static func maskDigits(_ text: String) -> String {
        let digits = text.compactMap { $0.wholeNumberValue }.map(UInt8.init)
        guard digits.count >= 10 else { return text }
        return IdentifierMask.mask(digits)
    }
}
