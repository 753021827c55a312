/// A match of one lexicon phrase against a sequence of term positions.
///
/// A match of pattern `pattern` covers the term positions `start ..< end`, so `end - start` is the number of
/// words in the phrase. Matches are ordered by `(start, end, pattern)`.
public struct PhraseMatch: Hashable, Sendable, Comparable {
    /// Index of the matched phrase in the `patterns` array the automaton was built from.
    public let pattern: Int
    /// First term position covered by the match.
    public let start: Int
    /// One past the last term position covered by the match.
    public let end: Int

    /// Creates a match of pattern `pattern` over term positions `start ..< end`.
    public init(pattern: Int, start: Int, end: Int) {
        self.pattern = pattern
        self.start = start
        self.end = end
    }

    public static func < (lhs: PhraseMatch, rhs: PhraseMatch) -> Bool {
        (lhs.start, lhs.end, lhs.pattern) < (rhs.start, rhs.end, rhs.pattern)
    }
}
