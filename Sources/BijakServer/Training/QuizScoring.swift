/// Scores a quiz: pure, so that the rules of scoring are tested without a server.
///
/// A question is correct when the learner's decision matches the key and, for a violation, the rule they named
/// is one of the rules the key accepts (the engine's rule and the related rules it merged under it). A question
/// left unanswered is wrong. The percentage is rounded down, so a pass is never granted by rounding.
enum QuizScoring {
    /// What a question expects.
    struct Key: Equatable, Sendable {
        let violation: Bool
        let rules: [String]
    }

    /// What the learner answered; `nil` where they left a field empty.
    struct Answer: Codable, Equatable, Sendable {
        let violation: Bool?
        let rule: String?
    }

    struct QuestionResult: Codable, Equatable, Sendable {
        let decisionCorrect: Bool
        let ruleCorrect: Bool
        var correct: Bool { decisionCorrect && ruleCorrect }
    }

    struct Score: Equatable, Sendable {
        let results: [QuestionResult]
        let correct: Int
        let total: Int
        let percent: Int
        let passed: Bool
    }

    /// Scores `answers` against `keys` (matched by position; missing answers count as unanswered).
    static func score(keys: [Key], answers: [Answer], passPercent: Int) -> Score {
        let results = keys.enumerated().map { index, key -> QuestionResult in
            let answer = index < answers.count ? answers[index] : Answer(violation: nil, rule: nil)
            let decisionCorrect = answer.violation == key.violation
            // For an allowed post there is no rule to name; for a violation the named rule must be accepted.
            let ruleCorrect = !key.violation || (answer.rule.map { key.rules.contains($0.uppercased()) } ?? false)
            return QuestionResult(decisionCorrect: decisionCorrect, ruleCorrect: ruleCorrect)
        }
        let correct = results.filter(\.correct).count
        let percent = keys.isEmpty ? 0 : correct * 100 / keys.count
        return Score(results: results, correct: correct, total: keys.count, percent: percent,
                     passed: !keys.isEmpty && percent >= passPercent)
    }

    /// Draws `count` distinct items at random (all of them, shuffled, when there are fewer).
    static func draw<T, G: RandomNumberGenerator>(_ count: Int, from items: [T], using generator: inout G) -> [T] {
        Array(items.shuffled(using: &generator).prefix(max(0, count)))
    }
}
