/// An Aho-Corasick automaton that finds every occurrence of many word phrases in a sequence of term positions.
///
/// The automaton is built once from a lexicon of phrases (each phrase a list of normalised, lowercased words) and
/// then scans any number of posts in one left-to-right pass each, reporting all matches of all phrases,
/// including overlapping and nested ones.
///
/// Each term position may offer several alternative forms (for example the normalised word and its stem). A phrase
/// matches at positions `i ..< j` when each of its words equals one of the alternatives at the corresponding
/// position.
///
/// ## Design
/// - Words are interned to `Int32` ids when the automaton is built, in a `WordTable` (FNV hash, open addressing,
///   about twice as fast as `Dictionary<String, Int32>`). Words are compared by UTF-8 bytes, so phrases and terms
///   must be normalised the same way. A word that appears in no phrase has no id and sends the scan back to the root.
/// - The trie's transitions are stored in compressed sparse rows (per state, edges sorted by word id) and looked up
///   by linear scan or binary search; the root has a dense table indexed by word id, as it is visited most often.
///   (Measured: about 3 ns per transition lookup, against about 15 ns for a `Dictionary` keyed by state and word.)
/// - Failure links are precomputed breadth-first. Each state also stores its nearest *output* state on its failure
///   chain (itself if a phrase ends there), so reporting walks only states where phrases end.
/// - Because a position has several alternatives, the scan keeps a small *set* of live states: every trie state
///   that matches a suffix of the input read so far lies on the failure chain of some live state.
///
/// ```swift
/// let automaton = PhraseAutomaton(patterns: [["rahasia"], ["sangat", "rahasia"]])
/// let found = automaton.matches(in: [["dokumen"], ["sangat"], ["rahasia"], ["negara"]])
/// // [PhraseMatch(pattern: 1, start: 1, end: 3), PhraseMatch(pattern: 0, start: 2, end: 3)]
/// ```
public struct PhraseAutomaton: Sendable {
    /// Word → word id, for every word occurring in some phrase.
    let words: WordTable
    /// `rootNext[w]` is the root's child on word id `w`, or 0 (the root) if there is none.
    let rootNext: [Int32]
    /// Edges of state `s` are `edgeWord[edgeStart[s] ..< edgeStart[s + 1]]` (sorted) with targets in `edgeTarget`.
    let edgeStart: [Int32]
    let edgeWord: [Int32]
    let edgeTarget: [Int32]
    /// Failure link of each state (the longest proper suffix that is also a trie state); the root's is itself.
    let failure: [Int32]
    /// The first state on each state's failure chain (itself included) where a phrase ends, or -1 if none.
    let firstOutput: [Int32]
    /// Number of words on the path from the root to each state.
    let depth: [Int32]
    /// Phrases ending at state `s` are `outputPattern[outputStart[s] ..< outputStart[s + 1]]`.
    let outputStart: [Int32]
    let outputPattern: [Int32]

    /// The number of patterns the automaton was built from, including ignored empty phrases.
    public let patternCount: Int

    /// The number of trie states, the root included.
    var stateCount: Int { failure.count }

    /// Builds the automaton for a lexicon.
    ///
    /// - Parameter patterns: `patterns[k]` is the k-th phrase as a list of words (already normalised and
    ///   lowercased). Empty phrases are ignored. Duplicate phrases are allowed: each of their indices is reported.
    public init(patterns: [[String]]) {
        var builder = PhraseTrieBuilder()
        for (index, phrase) in patterns.enumerated() where !phrase.isEmpty {
            builder.insert(phrase, pattern: Int32(truncatingIfNeeded: index))
        }
        let tables = builder.finish()
        words = tables.words
        rootNext = tables.rootNext
        edgeStart = tables.edgeStart
        edgeWord = tables.edgeWord
        edgeTarget = tables.edgeTarget
        failure = tables.failure
        firstOutput = tables.firstOutput
        depth = tables.depth
        outputStart = tables.outputStart
        outputPattern = tables.outputPattern
        patternCount = patterns.count
    }

    /// Finds all matches of all phrases.
    ///
    /// - Parameter positions: `positions[i]` holds the alternative forms of the term at position `i`. A position
    ///   with no alternatives (or none that occurs in a phrase) matches no phrase word.
    /// - Returns: Every match, overlapping and nested ones included, sorted by `(start, end, pattern)`. A phrase is
    ///   reported once per covered range, even when several alternatives lead to it.
    public func matches(in positions: [[String]]) -> [PhraseMatch] {
        var result: [PhraseMatch] = []
        guard stateCount > 1 else { return result }
        var scratch = ScanScratch()
        for (index, alternatives) in positions.enumerated() {
            advance(over: alternatives, scratch: &scratch)
            report(endingAt: index + 1, scratch: &scratch, into: &result)
        }
        // Matches come out ordered by end; restore the documented (start, end, pattern) order.
        if !isSorted(result) { result.sort() }
        return result
    }
}
