/// One normalised word of a post, the unit that lexicons match.
///
/// A token can give several terms (slang "anakjakarta" -> "anak", "jakarta"; "#GantiPresiden" -> "ganti",
/// "presiden"); each term keeps the span of the original characters it came from.
public struct Term: Hashable, Sendable {
    /// The formal, normalised word.
    public var text: String
    /// Its root.
    public var stem: String
    /// Where it is in the original text.
    public var span: TextSpan
    /// The token it came from.
    public var tokenIndex: Int
    /// The kind of that token.
    public var kind: TokenKind

    /// The forms a lexicon phrase may match at this position.
    public var forms: [String] { stem == text || stem.isEmpty ? [text] : [text, stem] }
}

/// A post's text after the whole text pipeline: tokens, terms, and the normalised text.
public struct AnalyzedText: Sendable {
    /// The text as written.
    public let original: String
    /// The original text's scalars, for cutting out evidence by span.
    public let originalScalars: [Unicode.Scalar]
    /// Tokens in order.
    public let tokens: [Token]
    /// Normalised terms in order.
    public let terms: [Term]

    /// The normalised text: the terms joined by single spaces.
    public var normalized: String { terms.map(\.text).joined(separator: " ") }

    /// The original characters of `span` (clamped to the text).
    public func excerpt(_ span: TextSpan) -> String {
        let start = max(0, min(span.start, originalScalars.count))
        let end = max(start, min(span.end, originalScalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: originalScalars[start..<end])
        return String(view)
    }
}
