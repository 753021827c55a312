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
    /// The text as written, for models with raw-text groups (lowercased while featurising).
    public var raw: String

    /// Creates a model input from already normalised words and stems, and optionally the text as written.
    public init(words: String, stems: String, raw: String = "") {
        self.words = words
        self.stems = stems
        self.raw = raw
    }

    /// The model input of an analysed text, as the checker passes it.
    public init(_ analysis: AnalyzedText) {
        self.words = analysis.normalized
        self.stems = analysis.terms.map(\.stem).joined(separator: " ")
        self.raw = analysis.original
    }

    /// Analyses `rawText` with the engine's pipeline. Training texts from the hate-speech corpus write line breaks
    /// as a literal `\n`; that is a corpus artefact, not something posts contain, so it becomes a line break.
    public init(rawText: String, analyzer: TextAnalyzer) {
        let text = rawText.contains("\\n") ? rawText.replacingOccurrences(of: "\\n", with: "\n") : rawText
        self.init(analyzer.analyze(text))
    }
}
