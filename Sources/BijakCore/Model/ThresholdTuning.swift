/// Picks per-label decision thresholds that maximise F1 on held-out data.
///
/// Logistic regression's 0.5 is only right when the training loss matches the metric; with class weighting
/// and skewed labels the F1-optimal cut lies elsewhere, and differs per label.
public enum ThresholdTuning {
    /// The threshold maximising F1 of `score >= threshold` against `gold`.
    ///
    /// The cut is placed halfway between the two neighbouring scores rather than on a score, so that a model
    /// scoring unseen text a hair lower than a dev example is not flipped. Without positives it returns 0.5.
    public static func bestThreshold(scores: [Double], gold: [Bool]) -> Double {
        let positives = gold.filter { $0 }.count
        guard positives > 0, !scores.isEmpty else { return 0.5 }
        let order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        var truePositives = 0, predicted = 0
        var bestF1 = -1.0, bestThreshold = 0.5
        var position = 0
        while position < order.count {
            // All rows with the same score fall on the same side of any threshold.
            let score = scores[order[position]]
            while position < order.count, scores[order[position]] == score {
                if gold[order[position]] { truePositives += 1 }
                predicted += 1
                position += 1
            }
            let f1 = 2 * Double(truePositives) / Double(predicted + positives)
            if f1 > bestF1 {
                bestF1 = f1
                let next = position < order.count ? scores[order[position]] : 0
                bestThreshold = (score + next) / 2
            }
        }
        return bestThreshold
    }
}
