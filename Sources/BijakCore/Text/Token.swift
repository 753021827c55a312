/// What kind of thing a token is.
public enum TokenKind: String, Codable, Sendable {
    case word, hashtag, mention, url, email, number, emoji
}

/// One token of a post, with its span in the ORIGINAL text.
public struct Token: Hashable, Sendable {
    /// The token's kind.
    public var kind: TokenKind
    /// The folded text (lower case, invisible characters removed), including `#` or `@`.
    public var text: String
    /// Where it is in the original text.
    public var span: TextSpan
    /// The folded scalar range it covers (internal bookkeeping for sub-spans).
    var folded: Range<Int>
}
