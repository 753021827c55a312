import BijakCore
import Fluent
import Foundation
import Vapor

/// The quiz page and its results page, where each scenario is explained by the engine's own verdict.
enum QuizPageBuilder {
    struct RuleOption: Encodable {
        let id: String
        let title: String
    }

    struct QuestionView: Encodable {
        let index: Int
        let number: Int
        let text: String
        let action: String
        let target: String
        let context: String
    }

    struct QuizPage: Encodable {
        let id: String
        let questions: [QuestionView]
        let rules: [RuleOption]
    }

    struct ResultView: Encodable {
        let question: QuestionView
        let correct: Bool
        let yourDecision: String
        let yourRule: String
        let keyDecision: String
        let keyRules: String
        let engineDecision: String
        let engineDecisionLabel: String
        let findings: [VerdictView.FindingView]
    }

    struct ResultsPage: Encodable {
        let score: String
        let passed: Bool
        let passPercent: Int
        let certificate: String
        let results: [ResultView]
    }

    /// The attempt's questions in the order drawn (a question deleted since is skipped).
    static func questions(of attempt: TrainingAttempt, on database: any Database) async throws -> [TrainingQuestion] {
        let ids = attempt.questionUUIDs
        let found = try await TrainingQuestion.query(on: database).filter(\.$id ~~ ids).all()
        let byID = Dictionary(uniqueKeysWithValues: found.compactMap { question in question.id.map { ($0, question) } })
        return ids.compactMap { byID[$0] }
    }

    /// A question as the quiz shows it (the action and context in words).
    static func view(_ question: TrainingQuestion, index: Int, strings: [String: String]) -> QuestionView {
        var context: [String] = []
        if question.live { context.append(strings["field_live"] ?? "live") }
        if question.uniform { context.append(strings["field_uniform"] ?? "uniform") }
        return QuestionView(index: index, number: index + 1, text: question.text,
                            action: strings["action_\(question.action)"] ?? question.action,
                            target: question.target ?? "", context: context.joined(separator: " · "))
    }

    /// Every rule of the rulebook, for the "which rule" choice.
    static func ruleOptions(_ request: Request) -> [RuleOption] {
        request.bijak.engine.rulebook.rules.map { RuleOption(id: $0.id, title: $0.title.text(in: request.language)) }
            .sorted { $0.id < $1.id }
    }

    /// The quiz form: for each question allow / not allow and a rule.
    static func renderQuiz(_ attempt: TrainingAttempt, questions: [TrainingQuestion], on request: Request)
        async throws -> View {
        let strings = UIStrings.table(request.language)
        let page = QuizPage(id: attempt.id?.uuidString ?? "",
                            questions: questions.enumerated().map { view($0.element, index: $0.offset, strings: strings) },
                            rules: ruleOptions(request))
        return try await PageRenderer.render("pelatihan-quiz", titleKey: "training_quiz", page: page, on: request)
    }

    /// The results: score, pass, certificate link, and per question the answer, the key and the engine's verdict.
    static func renderResults(_ attempt: TrainingAttempt, questions: [TrainingQuestion], user: User,
                              on request: Request) async throws -> View {
        let strings = UIStrings.table(request.language)
        let answers = attempt.answersJSON.flatMap {
            try? JSONDecoder().decode([QuizScoring.Answer].self, from: Data($0.utf8))
        } ?? []
        let settings = request.bijak.configuration.humasTraining
        let score = QuizScoring.score(keys: questions.map(\.answerKey), answers: answers,
                                      passPercent: settings.trainingPassPercent)
        func decisionText(_ violation: Bool?) -> String {
            switch violation {
            case true?: return strings["quiz_violation"] ?? "violation"
            case false?: return strings["quiz_allow"] ?? "allow"
            case nil: return "—"
            }
        }
        let results = questions.enumerated().map { index, question -> ResultView in
            let answer = index < answers.count ? answers[index] : QuizScoring.Answer(violation: nil, rule: nil)
            let post = question.post
            let verdict = CheckService.check(post, on: request)
            let verdictView = VerdictView(verdict: verdict, post: post, strings: strings)
            return ResultView(question: view(question, index: index, strings: strings),
                              correct: index < score.results.count && score.results[index].correct,
                              yourDecision: decisionText(answer.violation), yourRule: answer.rule ?? "",
                              keyDecision: decisionText(question.violation),
                              keyRules: question.ruleList.joined(separator: ", "),
                              engineDecision: verdictView.decision, engineDecisionLabel: verdictView.decisionLabel,
                              findings: verdictView.findings)
        }
        let page = ResultsPage(score: "\(attempt.correct ?? score.correct)/\(attempt.total) (\(attempt.percent ?? score.percent) %)",
                               passed: attempt.passed, passPercent: settings.trainingPassPercent,
                               certificate: attempt.certificateCode ?? "", results: results)
        return try await PageRenderer.render("pelatihan-results", titleKey: "training_results", page: page, on: request)
    }
}
