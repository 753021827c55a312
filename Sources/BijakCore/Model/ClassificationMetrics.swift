/// Precision, recall and F1 of one label.
public struct LabelMetrics: Codable, Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// The number of gold positives.
    public var support: Int

    /// Metrics from confusion counts; an undefined ratio (no predictions, no positives) counts as 0, as
    /// scikit-learn's `zero_division=0`.
    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
        let predicted = truePositives + falsePositives, actual = truePositives + falseNegatives
        precision = predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
        recall = actual == 0 ? 0 : Double(truePositives) / Double(actual)
        f1 = predicted + actual == 0 ? 0 : 2 * Double(truePositives) / Double(predicted + actual)
        support = actual
    }
}

/// Multi-label evaluation: per-label metrics, micro F1 (pooled counts) and macro F1 (mean of label F1s).
///
/// Encodes to the JSON that `bijak eval --json` prints:
/// `{"labels": {"HS": {"precision": p, "recall": r, "f1": f, "support": n}, ...}, "micro_f1": x, "macro_f1": y}`.
public struct ClassificationReport: Sendable, Equatable, Encodable {
    /// Label names in model order.
    public var labelOrder: [String]
    /// Metrics per label name.
    public var labels: [String: LabelMetrics]
    public var microF1: Double
    public var macroF1: Double

    /// Compares predictions with gold labels; both are `[row][label]`.
    public init(labels names: [String], gold: [[Bool]], predicted: [[Bool]]) {
        precondition(gold.count == predicted.count, "gold and predicted row counts differ")
        var truePositives = [Int](repeating: 0, count: names.count)
        var falsePositives = truePositives, falseNegatives = truePositives
        for (goldRow, predictedRow) in zip(gold, predicted) {
            for label in names.indices {
                switch (goldRow[label], predictedRow[label]) {
                case (true, true): truePositives[label] += 1
                case (false, true): falsePositives[label] += 1
                case (true, false): falseNegatives[label] += 1
                case (false, false): break
                }
            }
        }
        var perLabel: [String: LabelMetrics] = [:]
        for (index, name) in names.enumerated() {
            perLabel[name] = LabelMetrics(truePositives: truePositives[index], falsePositives: falsePositives[index],
                                          falseNegatives: falseNegatives[index])
        }
        labelOrder = names
        labels = perLabel
        microF1 = LabelMetrics(truePositives: truePositives.reduce(0, +), falsePositives: falsePositives.reduce(0, +),
                               falseNegatives: falseNegatives.reduce(0, +)).f1
        macroF1 = names.isEmpty ? 0 : names.map { perLabel[$0]!.f1 }.reduce(0, +) / Double(names.count)
    }

    enum CodingKeys: String, CodingKey { case labels, microF1 = "micro_f1", macroF1 = "macro_f1" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(labels, forKey: .labels)
        try container.encode(microF1, forKey: .microF1)
        try container.encode(macroF1, forKey: .macroF1)
    }

    /// A plain-text table, one label per line in model order, then micro and macro F1.
    public var table: String {
        let width = max(8, (labelOrder.map(\.count).max() ?? 0) + 2)
        func pad(_ text: String, _ size: Int, left: Bool = false) -> String {
            let gap = String(repeating: " ", count: max(0, size - text.count))
            return left ? text + gap : gap + text
        }
        func fixed(_ value: Double) -> String {
            let scaled = Int((value * 1000).rounded())
            let fraction = String(scaled % 1000)
            return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
        var lines = [pad("label", width, left: true) + pad("precision", 10) + pad("recall", 8) + pad("f1", 8)
            + pad("support", 9)]
        for name in labelOrder {
            let metric = labels[name]!
            lines.append(pad(name, width, left: true) + pad(fixed(metric.precision), 10) + pad(fixed(metric.recall), 8)
                + pad(fixed(metric.f1), 8) + pad(String(metric.support), 9))
        }
        lines.append("micro F1 \(fixed(microF1))   macro F1 \(fixed(macroF1))")
        return lines.joined(separator: "\n")
    }
}
