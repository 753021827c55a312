import Testing
@testable import BijakCore

/// The engine against the project's own labelled posts: each violating post must be flagged for its rule
/// (as primary or related rule), each allowed post must be allowed.
@Suite struct EngineExampleTests {
    let engine = TestSupport.engine

    @Test func fixtureIsPresentAndLarge() {
        #expect(LabelledPost.all.count >= 290)
    }

    @Test(arguments: LabelledPost.all.filter { !$0.expected.isEmpty })
    func violatingPostIsFlaggedForItsRule(_ example: LabelledPost) {
        let verdict = engine.check(example.post)
        let flagged = Set(verdict.findings.flatMap { [$0.rule] + $0.related })
        for rule in example.expected {
            #expect(flagged.contains(rule), "expected \(rule), got \(verdict.findings.map(\.rule))")
        }
        #expect(verdict.decision != .allow)
    }

    @Test(arguments: LabelledPost.all.filter { $0.expected.isEmpty })
    func allowedPostIsAllowed(_ example: LabelledPost) {
        let verdict = engine.check(example.post)
        #expect(verdict.decision == .allow, "flagged \(verdict.findings.map { "\($0.rule) \($0.score) \($0.evidence.map(\.text))" })")
    }
}
