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
    /// For each label, the index of its parent label, if the label's regression was trained among the
    /// parent's positives only; its probability is then `P(parent) * P(label | parent)`.
    public let parents: [Int?]

    let hasher: FeatureHasher
    /// One row per bucket of `rowStride` bytes: the bucket's quantised idf (as a bit pattern), then its int8
    /// weight per label (to be multiplied by `scales[label]`), then padding to a multiple of four bytes.
    let rows: [Int8]
    let rowStride: Int
    let scales: [Float]
    let biases: [Float]

    init(name: String, version: String, labels: [String], thresholds: [Double], normalizer: ModelTextNormalizer,
         schema: DatasetSchema, notes: [String: String], parents: [Int?], features: FeatureConfig, idf: [UInt8], weights: [Int8],
         scales: [Float], biases: [Float]) {
        self.name = name
        self.version = version
        self.labels = labels
        self.thresholds = thresholds
        self.normalizer = normalizer
        self.schema = schema
        self.notes = notes
        self.parents = parents
        self.hasher = FeatureHasher(config: features)
        let stride = (labels.count + 1 + 3) / 4 * 4
        var rows = [Int8](repeating: 0, count: idf.count * stride)
        for bucket in idf.indices {
            rows[bucket * stride] = Int8(bitPattern: idf[bucket])
            for label in labels.indices { rows[bucket * stride + 1 + label] = weights[bucket * labels.count + label] }
        }
        self.rows = rows
        self.rowStride = stride
        self.scales = scales
        self.biases = biases
    }

    /// The feature configuration the model was trained with.
    public var features: FeatureConfig { hasher.config }

    /// Probabilities per label (in ``labels`` order) for a text the engine has already analysed; the checker's
    /// path, which reuses the analysis its lexicons matched on.
    public func scores(for analysis: AnalyzedText) -> [Double] { scores(for: ModelText(analysis)) }

    /// Probabilities per label for a raw text, analysed first with `analyzer` (the engine's pipeline).
    public func scores(forRawText rawText: String, analyzer: TextAnalyzer) -> [Double] {
        scores(for: ModelText(rawText: rawText, analyzer: analyzer))
    }

    /// Probabilities per label (in ``labels`` order) for an already normalised text.
    public func scores(for normalisedText: ModelText) -> [Double] {
        let labelCount = labels.count
        var sums = [Float](repeating: 0, count: labelCount)
        let stride = rowStride
        rows.withUnsafeBytes { bytes in
            let idf = IDFTable(base: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), stride: stride,
                               scale: ModelFile.idfScale)
            let weights = bytes.baseAddress!.assumingMemoryBound(to: Int8.self) + 1
            sums.withUnsafeMutableBufferPointer { sums in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: labelCount) { group in
                    hasher.withFeatureGroups(of: normalisedText, idf: idf) { buckets, values, scale in
                        group.update(repeating: 0)
                        for index in 0..<buckets.count {
                            let row = weights + Int(buckets[index]) * stride
                            let value = values[index]
                            for label in 0..<labelCount { group[label] += value * Float(row[label]) }
                        }
                        for label in 0..<labelCount { sums[label] += group[label] * scale }
                    }
                }
            }
        }
        return probabilities(fromSums: sums)
    }

    /// Probabilities from the per-label sums of scaled feature values times int8 weights.
    func probabilities(fromSums sums: some Collection<Float>) -> [Double] {
        var probabilities = zip(sums, zip(scales, biases)).map { sum, label in
            1 / (1 + exp(-Double(sum * label.0 + label.1)))
        }
        // Parents precede their children in label order, so one pass suffices.
        for label in probabilities.indices { if let parent = parents[label] { probabilities[label] *= probabilities[parent] } }
        return probabilities
    }

    /// Whether each label's probability reaches its threshold.
    public func decisions(for scores: [Double]) -> [Bool] {
        zip(scores, thresholds).map { $0 >= $1 }
    }

    /// Scores every text of a labelled dataset and compares the decisions with its labels.
    public func evaluate(on dataset: LabelledDataset, analyzer: TextAnalyzer) -> ClassificationReport {
        let predicted = dataset.texts.map { decisions(for: scores(forRawText: $0, analyzer: analyzer)) }
        return ClassificationReport(labels: labels, gold: dataset.labels, predicted: predicted)
    }

    /// The same model with other thresholds.
    func with(thresholds: [Double], notes extra: [String: String] = [:]) -> TextModel {
        TextModel(name: name, version: version, labels: labels, thresholds: thresholds, normalizer: normalizer,
                  schema: schema, notes: notes.merging(extra) { $1 }, parents: parents, features: features, idf: idf,
                  weights: weights, scales: scales, biases: biases)
    }

    /// The quantised idf per bucket, as stored in the file.
    var idf: [UInt8] { stride(from: 0, to: rows.count, by: rowStride).map { UInt8(bitPattern: rows[$0]) } }

    /// The int8 weights, bucket-major, as stored in the file.
    var weights: [Int8] {
        var result: [Int8] = []
        result.reserveCapacity(rows.count / rowStride * labels.count)
        for start in stride(from: 0, to: rows.count, by: rowStride) {
            result.append(contentsOf: rows[(start + 1)..<(start + 1 + labels.count)])
        }
        return result
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
