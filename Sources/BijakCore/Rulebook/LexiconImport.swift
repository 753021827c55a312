/// A lexicon filled from a bundled data file (a column of a CSV file, or a list in a JSON file), so that lists
/// such as parties, religions or gambling sites stay data an organisation can replace.
public struct LexiconImport: Codable, Hashable, Sendable {
    /// The signal the phrases feed.
    public var signal: String
    /// The data file, relative to the bundled data directory or the overlay directory (e.g. `data/religions.csv`).
    public var file: String
    /// The CSV column holding the phrases.
    public var column: String?
    /// The JSON key holding a list of phrases.
    public var jsonKey: String?
    /// A separator for several phrases in one cell (e.g. `|`).
    public var split: String?
    /// The weight of each phrase.
    public var weight: Double?
    /// Phrases to leave out because they are too ambiguous on their own (e.g. the party "Buruh", also "worker").
    public var exclude: [String]?

    private enum CodingKeys: String, CodingKey {
        case signal, file, column, jsonKey = "json_key", split, weight, exclude
    }
}

/// The rulebook's manifest: its version, name, decision policy and data imports.
public struct RulebookManifest: Codable, Hashable, Sendable {
    /// The rulebook's version, e.g. `2026.11.0`.
    public var version: String
    /// The rulebook's name.
    public var name: LocalizedText?
    /// How findings become a decision.
    public var decision: DecisionPolicy?
    /// Lexicons filled from data files.
    public var imports: [LexiconImport]?
}
