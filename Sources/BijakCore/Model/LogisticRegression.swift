import Foundation

/// Settings of one binary logistic regression.
public struct LogisticSettings: Codable, Sendable, Equatable {
    /// Inverse L2 strength, as scikit-learn's `C`: the loss is `C * Σ weight_i * logloss_i + ½‖w‖²`.
    public var c: Double
    /// Weigh classes by `n / (2 * n_class)` so that rare labels (HS_Gender: 2.5 % of tweets) are not ignored.
    public var balanced: Bool
    /// L-BFGS iterations; the optimum is unique, so more iterations only polish it.
    public var maxIterations: Int
    /// NB-SVM style (Wang & Manning 2012): scale each bucket by its log-count ratio between the label's positive
    /// and negative rows before fitting, and fold the ratio into the stored weights, so scoring is unchanged.
    public var logCountRatio: Bool
    /// With `logCountRatio`, also fit the unscaled regression and average the two models' logits with this weight
    /// on the scaled one (1 = scaled only). Both are linear in the same buckets, so the average is one linear
    /// model and scoring cost is unchanged.
    public var logCountRatioShare: Double

    /// Creates settings.
    public init(c: Double = 4, balanced: Bool = true, maxIterations: Int = 150, logCountRatio: Bool = false,
                logCountRatioShare: Double = 1) {
        self.logCountRatio = logCountRatio
        self.logCountRatioShare = logCountRatioShare
        self.c = c
        self.balanced = balanced
        self.maxIterations = maxIterations
    }
}

/// Full-batch L2-regularised logistic regression trained with L-BFGS.
///
/// Full batch rather than SGD: the objective is convex, so L-BFGS reaches the same optimum whatever the row
/// order, which makes training deterministic without depending on a shuffle, and it needs no learning-rate
/// schedule. On ten thousand tweets one label takes a few seconds.
enum LogisticRegression {
    /// Trains on `matrix` rows with 0/1 targets; returns the weights (one per bucket) and the bias.
    static func train(_ matrix: SparseMatrix, targets: [Bool], settings: LogisticSettings) -> (weights: [Double], bias: Double) {
        guard settings.logCountRatio else { return fit(matrix, targets: targets, settings: settings) }
        let ratios = logCountRatios(matrix, targets: targets)
        var scaled = matrix
        for entry in scaled.values.indices { scaled.values[entry] *= Float(ratios[Int(scaled.columns[entry])]) }
        let (weights, bias) = fit(scaled, targets: targets, settings: settings)
        let folded = zip(weights, ratios).map { $0 * $1 }
        let share = settings.logCountRatioShare
        guard share < 1 else { return (folded, bias) }
        let plain = fit(matrix, targets: targets, settings: settings)
        return (zip(folded, plain.weights).map { share * $0 + (1 - share) * $1 }, share * bias + (1 - share) * plain.bias)
    }

    /// `ln((p_j / |p|) / (q_j / |q|))` per bucket, where p and q count the positive and negative rows in which the
    /// bucket occurs, plus one (Laplace smoothing).
    static func logCountRatios(_ matrix: SparseMatrix, targets: [Bool]) -> [Double] {
        var positive = [Double](repeating: 1, count: matrix.dimension)
        var negative = [Double](repeating: 1, count: matrix.dimension)
        for row in 0..<matrix.rowCount {
            for entry in matrix.rowStarts[row]..<matrix.rowStarts[row + 1] where matrix.values[entry] != 0 {
                if targets[row] { positive[Int(matrix.columns[entry])] += 1 } else { negative[Int(matrix.columns[entry])] += 1 }
            }
        }
        let positiveTotal = positive.reduce(0, +), negativeTotal = negative.reduce(0, +)
        return zip(positive, negative).map { log(($0 / positiveTotal) / ($1 / negativeTotal)) }
    }

    static func fit(_ matrix: SparseMatrix, targets: [Bool], settings: LogisticSettings) -> (weights: [Double], bias: Double) {
        let rows = matrix.rowCount
        let positives = targets.filter { $0 }.count
        var sampleWeights = [Double](repeating: settings.c, count: rows)
        if settings.balanced, positives > 0, positives < rows {
            let positiveWeight = Double(rows) / (2 * Double(positives))
            let negativeWeight = Double(rows) / (2 * Double(rows - positives))
            for row in 0..<rows { sampleWeights[row] *= targets[row] ? positiveWeight : negativeWeight }
        }
        let dimension = matrix.dimension
        // The bias is the last coordinate and is not regularised.
        let objective = LogisticObjective(matrix: matrix, targets: targets, sampleWeights: sampleWeights)
        let solution = LBFGS.minimise(start: [Double](repeating: 0, count: dimension + 1),
                                      maxIterations: settings.maxIterations) { point, gradient in
            objective.evaluate(point, gradient: &gradient)
        }
        return (Array(solution[0..<dimension]), solution[dimension])
    }
}

/// The regularised logistic loss and its gradient over a sparse design matrix.
struct LogisticObjective {
    let matrix: SparseMatrix
    let targets: [Bool]
    let sampleWeights: [Double]

    func evaluate(_ point: [Double], gradient: inout [Double]) -> Double {
        let dimension = matrix.dimension
        let bias = point[dimension]
        var loss = 0.0
        for index in 0..<dimension {
            gradient[index] = point[index]
            loss += 0.5 * point[index] * point[index]
        }
        gradient[dimension] = 0
        point.withUnsafeBufferPointer { weights in
            gradient.withUnsafeMutableBufferPointer { grad in
                for row in 0..<matrix.rowCount {
                    let margin = matrix.dot(row: row, weights.baseAddress!, bias: bias)
                    let sign: Double = targets[row] ? 1 : -1
                    // log(1 + exp(-y·z)) without overflow for large |z|.
                    let yz = sign * margin
                    loss += sampleWeights[row] * (yz > 0 ? log1p(exp(-yz)) : -yz + log1p(exp(yz)))
                    let probability = 1 / (1 + exp(-margin))
                    let residual = sampleWeights[row] * (probability - (targets[row] ? 1 : 0))
                    for entry in matrix.rowStarts[row]..<matrix.rowStarts[row + 1] {
                        grad[Int(matrix.columns[entry])] += residual * Double(matrix.values[entry])
                    }
                    grad[dimension] += residual
                }
            }
        }
        return loss
    }
}
