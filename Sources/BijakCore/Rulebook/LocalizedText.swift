import Foundation

/// The languages Bijak speaks. Indonesian comes first everywhere a user reads something.
public enum Language: String, Codable, CaseIterable, Sendable {
    case indonesian = "id"
    case english = "en"
}

/// A text in Indonesian and English.
///
/// Rule files write it as `{"id": "...", "en": "..."}`. The English text may be missing in an organisation's
/// overlay; Indonesian is then shown in its place.
public struct LocalizedText: Codable, Hashable, Sendable {
    /// The Indonesian text (required).
    public var id: String
    /// The English text; falls back to Indonesian when absent.
    public var en: String?

    /// Creates a bilingual text.
    public init(id: String, en: String? = nil) {
        self.id = id
        self.en = en
    }

    /// The text in `language`, falling back to Indonesian.
    public func text(in language: Language) -> String {
        switch language {
        case .indonesian: return id
        case .english: return en ?? id
        }
    }
}
