/// One normalised word of a post, the unit that lexicons match.
///
/// A token can give several terms (slang "anakjakarta" -> "anak", "jakarta"; "#GantiPresiden" -> "ganti",
/// "presiden"); each term keeps the span of the original characters it came from.
public struct Term: Hashable, Sendable {
    /// The formal, normalised word.
    public var text: String
    /// Its root.
    public var stem: String
    /// The repaired word before slang was mapped to formal words ("aseng" where `text` says "asing"), or `nil`
    /// when slang changed nothing. Lexicons may name the slang word itself.
    public var raw: String?
    /// Where it is in the original text.
    public var span: TextSpan
    /// The token it came from.
    public var tokenIndex: Int
    /// The kind of that token.
    public var kind: TokenKind

    /// The forms a lexicon phrase may match at this position: the word as written (repaired), its formal form
    /// and its root. Stored, not computed: the word cache hands out one shared array per word.
    public let forms: [String]

    /// Creates a term; `forms` defaults to the distinct forms among `text`, `raw` and `stem`.
    init(text: String, stem: String, raw: String?, span: TextSpan, tokenIndex: Int, kind: TokenKind, forms: [String]? = nil) {
        self.text = text
        self.stem = stem
        self.raw = raw
        self.span = span
        self.tokenIndex = tokenIndex
        self.kind = kind
        self.forms = forms ?? Term.forms(text: text, stem: stem, raw: raw)
    }

    static func forms(text: String, stem: String, raw: String?) -> [String] {
        var result = [text]
        if let raw, raw != text { result.append(raw) }
        if !stem.isEmpty, stem != text { result.append(stem) }
        return result
    }
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

    /// The normalised text: the terms joined by single spaces. Mentions keep their `@` and addresses stay whole,
    /// so that normalising the normalised text changes nothing.
    public var normalized: String {
        terms.map { term in
            switch term.kind {
            case .mention: return "@" + term.text
            case .url: return tokens[term.tokenIndex].text
            default: return term.text
            }
        }.joined(separator: " ")
    }

    /// The original characters of `span` (clamped to the text).
    public func excerpt(_ span: TextSpan) -> String {
        let start = max(0, min(span.start, originalScalars.count))
        let end = max(start, min(span.end, originalScalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: originalScalars[start..<end])
        return String(view)
    }
}
