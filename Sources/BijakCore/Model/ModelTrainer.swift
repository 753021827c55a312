import Foundation

/// Trains a ``TextModel`` from a recipe: normalise, hash, fit one logistic regression per label, quantise, then
/// tune each label's threshold on development data with the quantised model itself.
public enum ModelTrainer {
    /// The trained model and its scores on the development rows (with the tuned thresholds).
    public struct Result: Sendable {
        public var model: TextModel
        public var devReport: ClassificationReport
        /// Dev scores with thresholds cross-fitted between the two halves of dev (each half judged with thresholds
        /// tuned on the other): an estimate for unseen data that `devReport`, tuned and judged on the same rows,
        /// overstates.
        public var crossFittedReport: ClassificationReport
        /// With ``ModelRecipe/thresholdFolds``, the training rows scored out of fold (each by a model fitted on the
        /// other folds) at thresholds tuned on those scores: a low-noise figure for comparing recipes.
        public var outOfFoldReport: ClassificationReport?
        public var trainRows: Int
        public var devRows: Int
    }

    /// Trains on `data`; thresholds are tuned on `dev` if given, else on the recipe's stable dev tenth of `data`.
    /// The recipe's held-out tenth, if any, is never used.
    /// - Parameter analyzer: the engine's text pipeline (``BijakEngine/analyzer``), the model's normaliser.
    public static func train(recipe: ModelRecipe, data: LabelledDataset, dev: LabelledDataset? = nil,
                             analyzer: TextAnalyzer, notes: [String: String] = [:], threads: Int = 2) -> Result {
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
        let normalised = trainSet.texts.map { ModelText(rawText: $0, analyzer: analyzer) }
        let idf = inverseDocumentFrequency(normalised, hasher: hasher)
        var matrix = SparseMatrix(dimension: hasher.dimension)
        for text in normalised { matrix.append(hasher.features(of: text, idf: idf)) }

        let solutions = fit(recipe: recipe, design: matrix, labels: trainSet.labels, rows: Array(0..<trainSet.count),
                            threads: threads)
        let model = makeModel(recipe: recipe, solutions: solutions, idf: idf, dimension: hasher.dimension, notes: notes)
        let devScores = devSet.texts.map { model.scores(forRawText: $0, analyzer: analyzer) }
        // Thresholds are tuned on the dev rows plus, with folds, every training row scored by a model that did
        // not see it: ten times the held-out evidence of dev alone, which matters for rare labels.
        var tuneScores = devScores, tuneGold = devSet.labels
        var outOfFold: ClassificationReport?
        if recipe.thresholdFolds > 1 {
            let folds = recipe.thresholdFolds
            var foldScores = [[Double]](repeating: [], count: trainSet.count)
            for fold in 0..<folds {
                let fitRows = (0..<trainSet.count).filter { $0 % folds != fold }
                let foldSolutions = fit(recipe: recipe, design: matrix, labels: trainSet.labels, rows: fitRows,
                                        threads: threads)
                let foldModel = makeModel(recipe: recipe, solutions: foldSolutions, idf: idf,
                                          dimension: hasher.dimension, notes: [:])
                for row in stride(from: fold, to: trainSet.count, by: folds) {
                    foldScores[row] = foldModel.scores(for: normalised[row])
                }
            }
            tuneScores += foldScores
            tuneGold += trainSet.labels
            outOfFold = tunedReport(scores: foldScores, gold: trainSet.labels, labels: recipe.labels,
                                    maxAllowedRate: recipe.maxAllowedRate)
        }
        let tuned = model.with(thresholds: bestThresholds(scores: tuneScores, gold: tuneGold,
                                                          labelCount: recipe.labels.count,
                                                          maxAllowedRate: recipe.maxAllowedRate))
        let report = ClassificationReport(labels: recipe.labels, gold: devSet.labels,
                                          predicted: devScores.map(tuned.decisions(for:)))
        let crossFitted = crossFit(scores: devScores, gold: devSet.labels, labels: recipe.labels,
                                   maxAllowedRate: recipe.maxAllowedRate)
        return Result(model: tuned, devReport: report, crossFittedReport: crossFitted, outOfFoldReport: outOfFold,
                      trainRows: trainSet.count, devRows: devSet.count)
    }

    /// One logistic regression per label over the given rows of the design matrix.
    static func fit(recipe: ModelRecipe, design: SparseMatrix, labels: [[Bool]], rows: [Int],
                    threads: Int) -> [(weights: [Double], bias: Double)] {
        let parents = recipe.parentIndices
        let labelCount = recipe.labels.count
        let solutions = UnsafeSendableBox([(weights: [Double], bias: Double)](repeating: ([], 0), count: labelCount))
        let workers = max(1, min(threads, labelCount))
        // Labels are independent problems; each worker takes a fixed stride of labels, so the result does not
        // depend on scheduling.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for label in stride(from: worker, to: labelCount, by: workers) {
                var labelRows = rows
                if let parent = parents[label] {
                    // A sub-label is learnt among its parent's positives only: "which group does this hate
                    // speech target" is an easier question than "is this hate speech against a group".
                    labelRows = labelRows.filter { labels[$0][parent] }
                }
                let targets = labelRows.map { labels[$0][label] }
                let matrix = labelRows.count == design.rowCount ? design : design.rows(labelRows)
                let settings = recipe.settings(for: recipe.labels[label])
                let solution = LogisticRegression.train(matrix, targets: targets, settings: settings)
                solutions.lock.withLock { solutions.value[label] = solution }
            }
        }
        return solutions.value
    }

    /// The quantised model of fitted solutions, with thresholds at 0.5.
    static func makeModel(recipe: ModelRecipe, solutions: [(weights: [Double], bias: Double)], idf: [UInt8],
                          dimension: Int, notes: [String: String]) -> TextModel {
        let (weights, scales, biases) = quantise(solutions, dimension: dimension)
        return TextModel(name: recipe.name, version: recipe.version, labels: recipe.labels,
                         thresholds: Array(repeating: 0.5, count: recipe.labels.count), normalizer: recipe.normalizer,
                         schema: recipe.schema, notes: notes, parents: recipe.parentIndices, features: recipe.features,
                         idf: idf, weights: weights, scales: scales, biases: biases)
    }

    /// Scores judged with thresholds tuned on the same scores: the best F1 each label's ranking allows.
    static func tunedReport(scores: [[Double]], gold: [[Bool]], labels: [String],
                            maxAllowedRate: Double? = nil) -> ClassificationReport {
        let thresholds = bestThresholds(scores: scores, gold: gold, labelCount: labels.count,
                                        maxAllowedRate: maxAllowedRate)
        return ClassificationReport(labels: labels, gold: gold,
                                    predicted: scores.map { row in zip(row, thresholds).map { $0 >= $1 } })
    }

    /// Each label's F1-maximising threshold over rows of scores (`[row][label]`) and gold labels; with
    /// `maxAllowedRate`, among the thresholds that flag at most that share of the rows without any label.
    static func bestThresholds(scores: [[Double]], gold: [[Bool]], labelCount: Int,
                               maxAllowedRate: Double? = nil) -> [Double] {
        let allowed = gold.map { !$0.contains(true) }
        return (0..<labelCount).map { label in
            let labelScores = scores.map { $0[label] }, labelGold = gold.map { $0[label] }
            guard let maxAllowedRate else {
                return ThresholdTuning.bestThreshold(scores: labelScores, gold: labelGold)
            }
            return ThresholdTuning.bestThreshold(scores: labelScores, gold: labelGold, allowed: allowed,
                                                 maxAllowedRate: maxAllowedRate)
        }
    }

    /// Two-fold threshold cross-fitting over alternating dev rows (see ``Result/crossFittedReport``).
    static func crossFit(scores: [[Double]], gold: [[Bool]], labels: [String],
                         maxAllowedRate: Double? = nil) -> ClassificationReport {
        var predicted = [[Bool]](repeating: Array(repeating: false, count: labels.count), count: scores.count)
        for half in 0..<2 {
            let tuneRows = scores.indices.filter { $0 % 2 != half }
            let judgeRows = scores.indices.filter { $0 % 2 == half }
            let thresholds = bestThresholds(scores: tuneRows.map { scores[$0] }, gold: tuneRows.map { gold[$0] },
                                            labelCount: labels.count, maxAllowedRate: maxAllowedRate)
            for label in labels.indices {
                for row in judgeRows { predicted[row][label] = scores[row][label] >= thresholds[label] }
            }
        }
        return ClassificationReport(labels: labels, gold: gold, predicted: predicted)
    }

    /// Smoothed idf `1 + ln((1 + n) / (1 + df))` per bucket on the file's 8-bit grid, so that training sees
    /// exactly the values inference will load.
    static func inverseDocumentFrequency(_ texts: [ModelText], hasher: FeatureHasher) -> [UInt8] {
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
