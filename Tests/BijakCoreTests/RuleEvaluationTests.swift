import Testing
@testable import BijakCore

/// Rule-level metrics checked against values worked out by hand.
@Suite struct RuleEvaluationTests {
    func verdict(_ rules: [(String, [String])]) -> Verdict {
        let findings = rules.map { rule, related in
            Finding(rule: rule, related: related, score: 0.9, severity: .high, evidence: [], title: "", explanation: "",
                    advice: "", source: "", provisions: [], sanction: "", signals: [])
        }
        return Verdict(decision: findings.isEmpty ? .allow : .block, findings: findings, rulebookVersion: "t", language: .indonesian)
    }

    @Test func precisionRecallAndBenignRateMatchHandComputedValues() {
        var accumulator = RuleEvaluationAccumulator()
        // DJPAS-2 labelled on three posts: found twice (once as a related rule), missed once.
        accumulator.add(expected: ["DJPAS-2"], verdict: verdict([("DJPAS-2", ["SE137-8"])]))
        accumulator.add(expected: ["DJPAS-2"], verdict: verdict([("BKN-2", ["DJPAS-2"])]))
        accumulator.add(expected: ["DJPAS-2"], verdict: verdict([]))
        // Four allowed posts, one flagged for DJPAS-2.
        accumulator.add(expected: [], verdict: verdict([("DJPAS-2", [])]))
        accumulator.add(expected: [], verdict: verdict([]))
        accumulator.add(expected: [], verdict: verdict([]))
        accumulator.add(expected: [], verdict: verdict([]))
        let report = accumulator.report
        #expect(report.posts == 7)
        #expect(report.benignPosts == 4)
        #expect(report.benignFalsePositiveRate == 0.25)
        let djpas2 = report.rules["DJPAS-2"]
        #expect(djpas2?.support == 3)
        #expect(djpas2?.recall == 2.0 / 3.0)
        #expect(djpas2?.precision == 2.0 / 3.0)
        // SE137-8 and BKN-2 were flagged but never labelled: precision 0, support 0.
        #expect(report.rules["SE137-8"] == RuleScore(precision: 0, recall: 0, support: 0))
        #expect(report.rules["BKN-2"]?.precision == 0)
    }

    @Test func emptyInputGivesAnEmptyReport() {
        let report = RuleEvaluationAccumulator().report
        #expect(report.rules.isEmpty && report.posts == 0 && report.benignFalsePositiveRate == 0)
    }
}
