/// The text normalisation a model was trained with, stored by name in the model file so that inference always
/// normalises exactly as training did.
///
/// `engine-v1` is the engine's own pipeline (``TextAnalyzer``): characters folded, leetspeak and repeated
/// letters undone, spelled-out letters joined, slang mapped to formal words, hashtags split, words stemmed. The
/// checker therefore scores the analysis it has already made for its lexicons, and training reads the same
/// analysis of every training text.
public struct ModelTextNormalizer: Sendable, Codable, Equatable {
    /// The normaliser's identifier, recorded in model files and model cards.
    public var identifier: String

    /// Creates a normaliser description; unknown identifiers are refused when a model is loaded.
    public init(identifier: String = "engine-v1") {
        self.identifier = identifier
    }

    /// Normalisers this version of Bijak can run.
    public static let supportedIdentifiers: Set<String> = ["engine-v1"]
}

/// What a model reads of one text: the engine's normalised words and, separately, their stems.
public struct ModelText: Sendable, Equatable {
    /// The normalised text (terms joined by spaces), for word n-grams and character n-grams.
    public var words: String
    /// The terms' stems joined by spaces, for stem unigrams.
    public var stems: String

    /// Creates a model input from already normalised words and stems.
    public init(words: String, stems: String) {
        self.words = words
        self.stems = stems
    }

    /// The model input of an analysed text, as the checker passes it.
    public init(_ analysis: AnalyzedText) {
        self.words = analysis.normalized
        self.stems = analysis.terms.map(\.stem).joined(separator: " ")
    }

    /// Analyses `rawText` with the engine's pipeline. Training texts from the hate-speech corpus write line breaks
    /// as a literal `\n`; that is a corpus artefact, not something posts contain, so it becomes a line break.
    public init(rawText: String, analyzer: TextAnalyzer) {
        let text = rawText.contains("\\n") ? rawText.replacingOccurrences(of: "\\n", with: "\n") : rawText
        self.init(analyzer.analyze(text))
    }
}
