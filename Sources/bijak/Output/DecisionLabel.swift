import BijakCore

/// The bilingual name of a decision and its colour.
extension Decision {
    /// `IZINKAN / ALLOW`, `TINJAU / REVIEW`, `TOLAK / BLOCK`.
    var label: String {
        switch self {
        case .allow: return "IZINKAN / ALLOW"
        case .review: return "TINJAU / REVIEW"
        case .block: return "TOLAK / BLOCK"
        }
    }

    /// The label in green, yellow or red.
    func styledLabel(_ style: Style) -> String {
        switch self {
        case .allow: return style.green(label)
        case .review: return style.yellow(label)
        case .block: return style.red(label)
        }
    }
}
