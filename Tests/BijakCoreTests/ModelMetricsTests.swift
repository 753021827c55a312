import Foundation
import Testing
@testable import BijakCore

@Suite struct ModelMetricsTests {
    /// Two labels, five rows. Label A: TP 2, FP 1, FN 1. Label B: TP 1, FP 0, FN 2.
    @Test func metricsMatchHandComputedValues() throws {
        let gold: [[Bool]] = [[true, true], [true, false], [false, true], [true, true], [false, false]]
        let predicted: [[Bool]] = [[true, true], [true, false], [true, false], [false, false], [false, false]]
        let report = ClassificationReport(labels: ["A", "B"], gold: gold, predicted: predicted)
        let a = try #require(report.labels["A"]), b = try #require(report.labels["B"])
        #expect(abs(a.precision - 2.0 / 3) < 1e-12)
        #expect(abs(a.recall - 2.0 / 3) < 1e-12)
        #expect(abs(a.f1 - 2.0 / 3) < 1e-12)
        #expect(a.support == 3)
        #expect(b.precision == 1)
        #expect(abs(b.recall - 1.0 / 3) < 1e-12)
        #expect(abs(b.f1 - 0.5) < 1e-12)
        #expect(b.support == 3)
        // Micro: TP 3, FP 1, FN 3 -> 2*3 / (2*3 + 1 + 3) = 0.6. Macro: (2/3 + 1/2) / 2 = 7/12.
        #expect(abs(report.microF1 - 0.6) < 1e-12)
        #expect(abs(report.macroF1 - 7.0 / 12) < 1e-12)
    }

    @Test func zeroDivisionCountsAsZero() throws {
        let report = ClassificationReport(labels: ["A"], gold: [[false], [false]], predicted: [[false], [false]])
        let a = try #require(report.labels["A"])
        #expect(a.precision == 0 && a.recall == 0 && a.f1 == 0 && a.support == 0)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let report = ClassificationReport(labels: ["HS"], gold: [[true], [false]], predicted: [[true], [true]])
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any]
        let labels = try #require(json?["labels"] as? [String: [String: Any]])
        #expect(Set(labels["HS"]?.keys.map { $0 } ?? []) == ["precision", "recall", "f1", "support"])
        #expect(json?["micro_f1"] as? Double != nil)
        #expect(json?["macro_f1"] as? Double != nil)
    }

    @Test func thresholdMaximisesF1() {
        // Positives at 0.9 and 0.6, negatives at 0.7 and 0.2: cutting below 0.6 gives F1 0.8 (best).
        let threshold = ThresholdTuning.bestThreshold(scores: [0.9, 0.7, 0.6, 0.2], gold: [true, false, true, false])
        #expect(abs(threshold - 0.4) < 1e-12)
        #expect(ThresholdTuning.bestThreshold(scores: [0.3], gold: [false]) == 0.5)
    }
}
