@testable import BijakServer
import Foundation
import Testing

/// Quiz scoring and drawing: pure functions, no server.
@Suite struct QuizScoringTests {
    typealias Key = QuizScoring.Key
    typealias Answer = QuizScoring.Answer

    let keys = [Key(violation: true, rules: ["DJPAS-2", "SE137-8"]), Key(violation: false, rules: []),
                Key(violation: true, rules: ["NETRAL-1"]), Key(violation: false, rules: [])]

    @Test func aViolationNeedsTheRightDecisionAndAnAcceptedRule() {
        let score = QuizScoring.score(keys: keys, answers: [
            Answer(violation: true, rule: "se137-8"),   // a related rule, any case: correct
            Answer(violation: false, rule: "DJPAS-2"),  // allowed: the rule is ignored
            Answer(violation: true, rule: "DJPAS-1"),   // right decision, wrong rule
            Answer(violation: true, rule: nil),         // a false alarm
        ], passPercent: 80)
        #expect(score.results.map(\.correct) == [true, true, false, false])
        #expect(score.results[2].decisionCorrect && !score.results[2].ruleCorrect)
        #expect(!score.results[3].decisionCorrect)
        #expect(score.correct == 2 && score.total == 4 && score.percent == 50 && !score.passed)
    }

    @Test func unansweredQuestionsAreWrongAndThePassMarkIsInclusive() {
        let allRight = [Answer(violation: true, rule: "DJPAS-2"), Answer(violation: false, rule: nil),
                        Answer(violation: true, rule: "NETRAL-1"), Answer(violation: false, rule: nil)]
        #expect(QuizScoring.score(keys: keys, answers: allRight, passPercent: 100).passed)
        let three = QuizScoring.score(keys: keys, answers: Array(allRight.prefix(3)), passPercent: 75)
        #expect(three.percent == 75 && three.passed)
        #expect(!QuizScoring.score(keys: keys, answers: Array(allRight.prefix(3)), passPercent: 76).passed)
        #expect(QuizScoring.score(keys: keys, answers: [Answer(violation: nil, rule: nil)], passPercent: 1).correct == 0)
    }

    @Test func percentagesRoundDownSoRoundingNeverGrantsAPass() {
        let seven = Array(repeating: Key(violation: false, rules: []), count: 3)
        let score = QuizScoring.score(keys: seven, answers: [Answer(violation: false, rule: nil),
                                                              Answer(violation: false, rule: nil)], passPercent: 67)
        #expect(score.percent == 66 && !score.passed)
        #expect(!QuizScoring.score(keys: [], answers: [], passPercent: 1).passed)
    }

    @Test func drawingPicksDistinctQuestionsAndAtMostAll() {
        var generator = SystemRandomNumberGenerator()
        let items = Array(1...30)
        let drawn = QuizScoring.draw(10, from: items, using: &generator)
        #expect(drawn.count == 10 && Set(drawn).count == 10 && Set(drawn).isSubset(of: Set(items)))
        #expect(Set(QuizScoring.draw(50, from: items, using: &generator)) == Set(items))
        #expect(QuizScoring.draw(-1, from: items, using: &generator).isEmpty)
    }
}

/// The month grid of the Humas calendar.
@Suite struct MonthGridTests {
    @Test func novemberTwentyTwentySixStartsOnSundayAndEntriesLandOnLocalDays() throws {
        // 2026-11-20 23:30 UTC is 21 November 06:30 WIB.
        let late = try #require(ISO8601DateFormatter().date(from: "2026-11-20T23:30:00Z"))
        let other = try #require(ISO8601DateFormatter().date(from: "2026-12-01T03:00:00Z"))
        let grid = MonthGrid(year: 2026, month: 11, zone: .wib, entries: [(late, "a"), (other, "b")])
        #expect(grid.weeks.allSatisfy { $0.count == 7 })
        #expect(grid.weeks[0].map(\.day) == [0, 0, 0, 0, 0, 0, 1])
        #expect(grid.weeks.flatMap { $0 }.filter { $0.day > 0 }.count == 30)
        let days = grid.weeks.flatMap { $0 }.filter { !$0.entries.isEmpty }
        #expect(days.map(\.day) == [21] && days[0].entries == ["a"])
    }

    @Test func monthsAreParsedStrictlyAndShiftAcrossYears() {
        #expect(MonthGrid<String>.parseMonth("2026-02")! == (2026, 2))
        for bad in ["2026-13", "2026-2", "26-02", "2026/02", "", "abcd-ef", "1999-01"] {
            #expect(MonthGrid<String>.parseMonth(bad) == nil)
        }
        #expect(MonthGrid<String>.shift(year: 2026, month: 1, by: -1) == "2025-12")
        #expect(MonthGrid<String>.shift(year: 2026, month: 12, by: 1) == "2027-01")
    }

    @Test func csvCellsAreQuotedAndFormulasDefused() {
        #expect(HumasArchive.cell("a \"b\", c") == "\"a \"\"b\"\", c\"")
        #expect(HumasArchive.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(HumasArchive.cell("-5") == "\"'-5\"")
    }
}
