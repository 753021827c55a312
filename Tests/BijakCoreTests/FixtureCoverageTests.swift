import Testing
@testable import BijakCore

/// The labelled set must exercise every rule that can fire: at least three posts flagged for it, and at least three
/// allowed posts that raise one of its trigger signals without breaking it (hard negatives).
@Suite struct FixtureCoverageTests {
    let engine = TestSupport.engine

    static let detectableRules = TestSupport.engine.rulebook.rules.filter { !$0.triggers.isEmpty }.map(\.id)

    @Test(arguments: detectableRules)
    func ruleHasViolatingAndHardNegativeExamples(_ ruleID: String) throws {
        let rule = try #require(engine.rulebook.rule(ruleID))
        let triggerSignals = Set(rule.triggers.flatMap { $0.all + $0.any }.map(\.signal))
        var violating = 0
        var hardNegatives = 0
        for example in LabelledPost.all {
            if example.expected.isEmpty {
                let signals = engine.signals(for: example.post)
                if triggerSignals.contains(where: { signals.strength(of: $0) > 0 }) { hardNegatives += 1 }
            } else {
                let verdict = engine.check(example.post)
                if verdict.findings.contains(where: { $0.rule == ruleID || $0.related.contains(ruleID) }) { violating += 1 }
            }
        }
        #expect(violating >= 3, "\(ruleID): \(violating) violating examples")
        #expect(hardNegatives >= 3, "\(ruleID): \(hardNegatives) hard negatives")
    }
}
