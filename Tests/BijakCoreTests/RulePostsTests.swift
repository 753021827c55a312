import Foundation
import Testing
@testable import BijakCore

/// The engine against the labelled posts written from the rules (`Tests/Fixtures/rule-posts.jsonl`, tuned on) and
/// the held-back ones written after tuning (`rule-posts-heldback.jsonl`). Floors sit a little below what was
/// measured (docs/PERFORMANCE.md), so a regression fails while small wording changes in lexicons do not.
@Suite struct RulePostsTests {
    static let posts = LabelledPost.load("rule-posts.jsonl")
    static let heldBack = LabelledPost.load("rule-posts-heldback.jsonl")
    /// Posts written last, after all tuning; measured once (0.758) before three general gaps were closed.
    static let finalCheck = LabelledPost.load("rule-posts-final-check.jsonl")
    /// The rule groups of the Detectors section.
    static let groups = ["confidential", "misleading", "neutrality", "live_uniform", "state_symbols", "position_misuse",
                         "harmful_content"]

    /// Per-rule recall floors on `rule-posts.jsonl` for rules with enough support.
    static let recallFloors: [String: Double] = [
        "DJPAS-4": 0.95, "DJPAS-5": 0.95, "DJPAS-6": 0.94, "DJPAS-7": 0.95, "SE137-1": 0.94, "SE137-2": 0.95,
        "SE137-3": 0.94, "SE137-4": 0.95, "SE137-6": 0.95, "SE137-7": 0.95, "SE137-8": 0.95, "NETRAL-1": 0.85,
        "NETRAL-2": 0.85, "NETRAL-3": 0.9,
    ]

    @Test func setIsLargeAndCoversEveryGroup() {
        #expect(Self.posts.count >= 400)
        #expect(Self.posts.filter { $0.expected.isEmpty }.count >= 150)
        for group in Self.groups {
            let violating = Self.posts.filter { $0.group == group && !$0.expected.isEmpty }.count
            #expect(violating >= 20, "\(group): \(violating) violating posts")
        }
        #expect(Self.heldBack.count >= 100)
    }

    @Test func everyLineIsValid() throws {
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/rule-posts.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == Self.posts.count, "a line does not decode")
        let ruleIDs = Set(TestSupport.engine.rulebook.rules.map(\.id))
        for post in Self.posts + Self.heldBack {
            #expect(post.expected.allSatisfy(ruleIDs.contains), "unknown rule in \(post.expected)")
        }
    }

    @Test func rulesAreFoundAboveTheirFloors() {
        let report = Self.evaluate(Self.posts)
        for (rule, floor) in Self.recallFloors {
            let recall = report.rules[rule]?.recall ?? 0
            #expect(recall >= floor, "\(rule): recall \(recall) below \(floor)")
        }
        #expect(report.benignFalsePositiveRate <= 0.02, "allowed posts flagged: \(report.benignFalsePositiveRate)")
    }

    @Test(arguments: groups)
    func groupRecallStaysHigh(_ group: String) {
        let recall = Self.groupRecall(Self.posts.filter { $0.group == group })
        #expect(recall >= 0.92, "\(group): recall \(recall)")
    }

    @Test func heldBackPostsStayAboveTheBar() {
        let violating = Self.heldBack.filter { !$0.expected.isEmpty }
        #expect(Self.groupRecall(violating) >= 0.9)
        #expect(Self.evaluate(Self.heldBack).benignFalsePositiveRate <= 0.05)
    }

    @Test func finalCheckStaysAboveTheBar() {
        #expect(Self.finalCheck.count >= 50)
        #expect(Self.groupRecall(Self.finalCheck.filter { !$0.expected.isEmpty }) >= 0.85)
        #expect(Self.evaluate(Self.finalCheck).benignFalsePositiveRate <= 0.05)
    }

    /// Rounds written blind by people who saw only RULES.md, measured once on arrival (docs/PERFORMANCE.md has
    /// those first figures) and tuned on afterwards: they now guard the fixes they led to.
    @Test(arguments: ["rule-posts-blind-3.jsonl", "rule-posts-blind-4.jsonl", "rule-posts-blind-5.jsonl",
                      "rule-posts-blind-6.jsonl"])
    func blindRoundsStayAboveTheBar(_ file: String) {
        let posts = LabelledPost.load(file)
        #expect(posts.count >= 90)
        #expect(Self.groupRecall(posts.filter { !$0.expected.isEmpty }) >= 0.85)
        #expect(Self.evaluate(posts).benignFalsePositiveRate <= 0.05)
    }

    /// Rounds written blind after the lexicons stopped converging. 7-11 measured the first `violations` model and
    /// are now part of its training; 12 to 15 are kept out of it (docs/models/violations.md). The floors are the
    /// figures measured on arrival, so that a retrained model or a lexicon change cannot quietly lose them.
    @Test(arguments: ["rule-posts-blind-7.jsonl", "rule-posts-blind-8.jsonl", "rule-posts-blind-9.jsonl",
                      "rule-posts-blind-10.jsonl", "rule-posts-blind-11.jsonl", "rule-posts-blind-12.jsonl",
                      "rule-posts-blind-13.jsonl", "rule-posts-blind-14.jsonl", "rule-posts-blind-15.jsonl"])
    func laterRoundsKeepTheirFirstFigures(_ file: String) {
        let posts = LabelledPost.load(file)
        #expect(posts.count >= 110)
        #expect(Self.groupRecall(posts.filter { !$0.expected.isEmpty }) >= 0.85)
        // At most 2 of a round's 31 to 33 allowed posts.
        let allowed = posts.filter { $0.expected.isEmpty }
        #expect(allowed.count >= 30)
        #expect(allowed.filter { TestSupport.engine.check($0.post).decision != .allow }.count <= 2)
    }

    /// The `eval-posts` computation: a finding counts for its primary and related rules.
    static func evaluate(_ posts: [LabelledPost]) -> RuleEvaluationReport {
        var accumulator = RuleEvaluationAccumulator()
        for post in posts { accumulator.add(expected: Set(post.expected), verdict: TestSupport.engine.check(post.post)) }
        return accumulator.report
    }

    /// Share of violating posts flagged (not allowed) for at least one of their rules.
    static func groupRecall(_ posts: [LabelledPost]) -> Double {
        guard !posts.isEmpty else { return 0 }
        let caught = posts.filter { post in
            let verdict = TestSupport.engine.check(post.post)
            let flagged = Set(verdict.findings.flatMap { [$0.rule] + $0.related })
            return verdict.decision != .allow && !flagged.isDisjoint(with: post.expected)
        }
        return Double(caught.count) / Double(posts.count)
    }
}
