/// One phrase of a lexicon with its weight and where it was written.
public struct LexiconEntry: Hashable, Sendable {
    /// The phrase as written (normalised by the engine before matching).
    public var phrase: String
    /// How strongly the phrase alone indicates the signal, 0...1.
    public var weight: Double
    /// `file:line` of the entry, shown when a user asks why something matched.
    public var origin: String

    /// Creates an entry.
    public init(phrase: String, weight: Double = 1, origin: String) {
        self.phrase = phrase
        self.weight = weight
        self.origin = origin
    }
}
