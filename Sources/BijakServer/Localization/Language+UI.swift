import BijakCore
import Vapor

/// The language of the pages is the engine's `Language`: Indonesian by default, English on request.
extension Language {
    /// The other language, for the switch link.
    var other: Language { self == .english ? .indonesian : .english }

    /// The cookie that remembers the choice.
    static let cookieName = "bijak_lang"
}
