import Foundation

/// A trained multi-label text classifier: hashed word and character n-grams of normalised text, one logistic
/// regression per label, and a tuned decision threshold per label.
///
/// Weights are stored as int8 with one scale per label; scoring a tweet reads a few hundred rows of `labels`
/// bytes each, which keeps the whole model in cache and scoring in the tens of microseconds.
public struct TextModel: Sendable {
    /// The model's name: `hatespeech`, `content` or `gambling`.
    public let name: String
    /// The model's version, recorded in verdicts and model cards.
    public let version: String
    /// Label names, the order of ``scores(for:)``.
    public let labels: [String]
    /// Per-label decision thresholds on the probability.
    public let thresholds: [Double]
    /// The normalisation applied before featurising, the same as in training.
    public let normalizer: ModelTextNormalizer
    /// The CSV layout of the model's training and evaluation files.
    public let schema: DatasetSchema
    /// Facts about training (data, recipe, normaliser) shown by `bijak eval` and the model card.
    public let notes: [String: String]

    let hasher: FeatureHasher
    /// Inverse document frequency per bucket.
    let idf: [Float]
    /// `weights[bucket * labels.count + label]`, to be multiplied by `scales[label]`.
    let weights: [Int8]
    let scales: [Float]
    let biases: [Float]

    init(name: String, version: String, labels: [String], thresholds: [Double], normalizer: ModelTextNormalizer,
         schema: DatasetSchema, notes: [String: String], features: FeatureConfig, idf: [Float], weights: [Int8],
         scales: [Float], biases: [Float]) {
        self.name = name
        self.version = version
        self.labels = labels
        self.thresholds = thresholds
        self.normalizer = normalizer
        self.schema = schema
        self.notes = notes
        self.hasher = FeatureHasher(config: features)
        self.idf = idf
        self.weights = weights
        self.scales = scales
        self.biases = biases
    }

    /// The feature configuration the model was trained with.
    public var features: FeatureConfig { hasher.config }

    /// Normalises a raw text exactly as the model's training data was normalised.
    public func normalise(_ rawText: String) -> String { normalizer.normalise(rawText) }

    /// Probabilities per label (in ``labels`` order) for an already normalised text; the fast path when the
    /// caller normalises once for several models that share a normaliser.
    public func scores(for normalisedText: String) -> [Double] {
        let features = hasher.features(of: normalisedText, idf: idf)
        let labelCount = labels.count
        var sums = [Float](repeating: 0, count: labelCount)
        weights.withUnsafeBufferPointer { weights in
            sums.withUnsafeMutableBufferPointer { sums in
                for feature in features {
                    let row = Int(feature.bucket) * labelCount
                    for label in 0..<labelCount { sums[label] += feature.value * Float(weights[row + label]) }
                }
            }
        }
        return (0..<labelCount).map { label in
            1 / (1 + exp(-Double(sums[label] * scales[label] + biases[label])))
        }
    }

    /// Probabilities per label for a raw text (normalised first).
    public func scores(forRawText rawText: String) -> [Double] { scores(for: normalise(rawText)) }

    /// Whether each label's probability reaches its threshold.
    public func decisions(for scores: [Double]) -> [Bool] {
        zip(scores, thresholds).map { $0 >= $1 }
    }

    /// Scores every text of a labelled dataset and compares the decisions with its labels.
    public func evaluate(on dataset: LabelledDataset) -> ClassificationReport {
        let predicted = dataset.texts.map { decisions(for: scores(forRawText: $0)) }
        return ClassificationReport(labels: labels, gold: dataset.labels, predicted: predicted)
    }

    /// The same model with other thresholds.
    func with(thresholds: [Double], notes extra: [String: String] = [:]) -> TextModel {
        TextModel(name: name, version: version, labels: labels, thresholds: thresholds, normalizer: normalizer,
                  schema: schema, notes: notes.merging(extra) { $1 }, features: features, idf: idf,
                  weights: weights, scales: scales, biases: biases)
    }
}

extension TextModel {
    /// Loads a model file written by ``write(to:)``.
    public static func load(from url: URL) throws -> TextModel {
        try ModelFile.decode(try Data(contentsOf: url))
    }

    /// Loads a model shipped with Bijak (`Resources/models/NAME.bijakmodel`).
    public static func bundled(_ name: String) throws -> TextModel {
        guard let url = Bundle.module.url(forResource: name, withExtension: "bijakmodel", subdirectory: "models")
        else { throw ModelDataError.unknownModel(name) }
        return try load(from: url)
    }

    /// Writes the model in Bijak's binary model format.
    public func write(to url: URL) throws {
        try ModelFile.encode(self).write(to: url, options: .atomic)
    }
}
