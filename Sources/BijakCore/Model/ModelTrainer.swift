import Foundation

/// Trains a ``TextModel`` from a recipe: normalise, hash, fit one logistic regression per label, quantise, then
/// tune each label's threshold on development data with the quantised model itself.
public enum ModelTrainer {
    /// The trained model and its scores on the development rows (with the tuned thresholds).
    public struct Result: Sendable {
        public var model: TextModel
        public var devReport: ClassificationReport
        public var trainRows: Int
        public var devRows: Int
    }

    /// Trains on `data`; thresholds are tuned on `dev` if given, else on the recipe's stable dev tenth of `data`.
    /// The recipe's held-out tenth, if any, is never used.
    public static func train(recipe: ModelRecipe, data: LabelledDataset, dev: LabelledDataset? = nil,
                             notes: [String: String] = [:], threads: Int = 2) -> Result {
        let parts = recipe.split.partition(data)
        let trainSet: LabelledDataset, devSet: LabelledDataset
        if let dev {
            trainSet = data.subset(parts.train + parts.dev)
            devSet = dev
        } else {
            trainSet = data.subset(parts.train)
            devSet = data.subset(parts.dev)
        }
        let hasher = FeatureHasher(config: recipe.features)
        let normalised = trainSet.texts.map(recipe.normalizer.normalise)
        let idf = inverseDocumentFrequency(normalised, hasher: hasher)
        var matrix = SparseMatrix(dimension: hasher.dimension)
        for text in normalised { matrix.append(hasher.features(of: text, idf: idf)) }

        let design = matrix
        let labelCount = recipe.labels.count
        let solutions = UnsafeSendableBox([(weights: [Double], bias: Double)](repeating: ([], 0), count: labelCount))
        let workers = max(1, min(threads, labelCount))
        // Labels are independent problems; each worker takes a fixed stride of labels, so the result does not
        // depend on scheduling.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for label in stride(from: worker, to: labelCount, by: workers) {
                let targets = trainSet.labels.map { $0[label] }
                let solution = LogisticRegression.train(design, targets: targets, settings: recipe.logistic)
                solutions.lock.withLock { solutions.value[label] = solution }
            }
        }
        let (weights, scales, biases) = quantise(solutions.value, dimension: hasher.dimension)
        let model = TextModel(name: recipe.name, version: recipe.version, labels: recipe.labels,
                              thresholds: Array(repeating: 0.5, count: labelCount), normalizer: recipe.normalizer,
                              schema: recipe.schema, notes: notes, features: recipe.features, idf: idf,
                              weights: weights, scales: scales, biases: biases)
        let devScores = devSet.texts.map(model.scores(forRawText:))
        let thresholds = (0..<labelCount).map { label in
            ThresholdTuning.bestThreshold(scores: devScores.map { $0[label] }, gold: devSet.labels.map { $0[label] })
        }
        let tuned = model.with(thresholds: thresholds)
        let report = ClassificationReport(labels: recipe.labels, gold: devSet.labels,
                                          predicted: devScores.map(tuned.decisions(for:)))
        return Result(model: tuned, devReport: report, trainRows: trainSet.count, devRows: devSet.count)
    }

    /// Smoothed idf `1 + ln((1 + n) / (1 + df))` per bucket on the file's 8-bit grid, so that training sees
    /// exactly the values inference will load.
    static func inverseDocumentFrequency(_ texts: [String], hasher: FeatureHasher) -> [UInt8] {
        var documentFrequency = [Int32](repeating: 0, count: hasher.dimension)
        var lastSeen = [Int32](repeating: -1, count: hasher.dimension)
        let ones = [UInt8](repeating: ModelFile.quantiseIDF(1), count: hasher.dimension)
        ones.withUnsafeBufferPointer { ones in
            let table = IDFTable(base: ones.baseAddress!, stride: 1, scale: ModelFile.idfScale)
            for (document, text) in texts.enumerated() {
                hasher.withFeatureGroups(of: text, idf: table) { buckets, _, _ in
                    for bucket in buckets where lastSeen[Int(bucket)] != Int32(document) {
                        lastSeen[Int(bucket)] = Int32(document)
                        documentFrequency[Int(bucket)] += 1
                    }
                }
            }
        }
        guard hasher.config.useIDF else { return ones }
        let total = Float(texts.count)
        return documentFrequency.map { frequency in
            let idf = 1 + log((1 + total) / (1 + Float(frequency)))
            return ModelFile.quantiseIDF(idf)
        }
    }

    /// Int8 weights with one scale per label (largest magnitude maps to 127), bucket-major.
    static func quantise(_ solutions: [(weights: [Double], bias: Double)],
                         dimension: Int) -> (weights: [Int8], scales: [Float], biases: [Float]) {
        let labelCount = solutions.count
        var weights = [Int8](repeating: 0, count: dimension * labelCount)
        var scales: [Float] = []
        for (label, solution) in solutions.enumerated() {
            let largest = solution.weights.map(abs).max() ?? 0
            let scale = largest > 0 ? largest / 127 : 1
            scales.append(Float(scale))
            for bucket in 0..<dimension {
                weights[bucket * labelCount + label] = Int8((solution.weights[bucket] / scale).rounded())
            }
        }
        return (weights, scales, solutions.map { Float($0.bias) })
    }
}

/// A value shared between `concurrentPerform` workers under a lock.
final class UnsafeSendableBox<Value>: @unchecked Sendable {
    var value: Value
    let lock = NSLock()
    init(_ value: Value) { self.value = value }
}
