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
        // No row counts against a cap, so every threshold is within it.
        bestThreshold(scores: scores, gold: gold, allowed: Array(repeating: false, count: scores.count),
                      maxAllowedRate: 0)
    }
}

extension ThresholdTuning {
    /// The F1-maximising threshold among those that flag at most `maxAllowedRate` of the `allowed` rows.
    ///
    /// For a model that triages posts a wrongly flagged allowed post costs more than a post flagged under a
    /// neighbouring rule: the first bothers an innocent author, the second is still a violation. So the cap
    /// counts allowed posts only, and F1 (over all rows) then chooses among the thresholds within it.
    /// Without positives, or when no threshold stays within the cap, it returns just above the highest score.
    public static func bestThreshold(scores: [Double], gold: [Bool], allowed: [Bool],
                                     maxAllowedRate: Double) -> Double {
        let positives = gold.filter { $0 }.count
        let allowedCount = allowed.filter { $0 }.count
        let highest = scores.max() ?? 0.5
        guard positives > 0, !scores.isEmpty else { return 0.5 }
        let allowedBudget = Int((maxAllowedRate * Double(allowedCount)).rounded(.down))
        let order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        var truePositives = 0, predicted = 0, allowedFlagged = 0
        var bestF1 = -1.0, bestThreshold = min(1, highest + 1e-6)
        var position = 0
        while position < order.count {
            let score = scores[order[position]]
            while position < order.count, scores[order[position]] == score {
                if gold[order[position]] { truePositives += 1 }
                if allowed[order[position]] { allowedFlagged += 1 }
                predicted += 1
                position += 1
            }
            // Lowering the threshold only adds flagged rows, so once over budget it stays over.
            if allowedFlagged > allowedBudget { break }
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
