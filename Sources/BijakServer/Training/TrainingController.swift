import BijakCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// "Pelatihan": lessons generated from the rulebook, scenario quizzes and the learner's own results.
enum TrainingController {
    struct LessonRow: Encodable {
        let id: String
        let title: String
        let group: String
    }

    struct AttemptRow: Encodable {
        let id: String
        let date: String
        let score: String
        let finished: Bool
        let passed: Bool
        let certificate: String
    }

    struct HomePage: Encodable {
        let lessons: [LessonRow]
        let attempts: [AttemptRow]
        let passPercent: Int
        let quizSize: Int
        let canManage: Bool
    }

    struct LessonPage: Encodable {
        let id: String
        let title: String
        let source: String
        let explanation: String
        let advice: String
        let violating: [String]
        let allowed: [String]
        let sanction: String
    }

    /// GET /pelatihan: the lessons, the quiz button and the user's own attempts.
    static func home(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        let settings = request.bijak.configuration.humasTraining
        let lessons = request.bijak.engine.rulebook.rules.map {
            LessonRow(id: $0.id, title: $0.title.text(in: request.language), group: $0.group)
        }
        let attempts = try await TrainingAttempt.query(on: request.db).filter(\.$userID == user.requireID())
            .sort(\.$startedAt, .descending).limit(50).all().map { attempt in
                AttemptRow(id: attempt.id?.uuidString ?? "", date: DateText.format(attempt.finishedAt ?? attempt.startedAt),
                           score: attempt.percent.map { "\($0) %" } ?? "", finished: attempt.finishedAt != nil,
                           passed: attempt.passed, certificate: attempt.certificateCode ?? "")
            }
        let page = HomePage(lessons: lessons, attempts: attempts, passPercent: settings.trainingPassPercent,
                            quizSize: settings.trainingQuizSize, canManage: TrainingAccess.managers.contains(user.role))
        return try await PageRenderer.render("pelatihan-home", titleKey: "training_title", page: page, on: request)
    }

    /// One lesson: a rule with its source, explanation, advice, examples and sanction guidance.
    static func lesson(_ request: Request) async throws -> View {
        _ = try request.requireUser()
        guard let id = request.parameters.get("id"),
              let rule = request.bijak.engine.rulebook.rule(id.uppercased()) else { throw AppError.notFound }
        let language = request.language
        let page = LessonPage(id: rule.id, title: rule.title.text(in: language), source: rule.source.citation,
                              explanation: rule.explanation.text(in: language), advice: rule.advice.text(in: language),
                              violating: rule.examples.violating, allowed: rule.examples.allowed,
                              sanction: rule.sanction.ethics.text(in: language))
        return try await PageRenderer.render("pelatihan-lesson", titleKey: "training_lesson", page: page, on: request)
    }

    /// Draws a quiz from the active questions and opens it.
    static func start(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let active = try await TrainingQuestion.query(on: request.db).filter(\.$active == true).all().compactMap(\.id)
        guard !active.isEmpty else { throw AppError.notFound }
        var generator = SystemRandomNumberGenerator()
        let drawn = QuizScoring.draw(request.bijak.configuration.humasTraining.trainingQuizSize, from: active,
                                     using: &generator)
        let attempt = TrainingAttempt()
        attempt.userID = try user.requireID()
        attempt.unitID = user.$unit.id
        attempt.questionIDs = String(decoding: try JSONEncoder().encode(drawn.map(\.uuidString)), as: UTF8.self)
        attempt.total = drawn.count
        attempt.passed = false
        attempt.startedAt = Date()
        try await attempt.create(on: request.db)
        return request.redirect(to: "/pelatihan/kuis/\(try attempt.requireID())", redirectType: .normal)
    }

    /// The quiz to answer, or its results once answered.
    static func quiz(_ request: Request) async throws -> View {
        let (user, attempt) = try await ownAttempt(request)
        let questions = try await QuizPageBuilder.questions(of: attempt, on: request.db)
        if attempt.finishedAt != nil {
            return try await QuizPageBuilder.renderResults(attempt, questions: questions, user: user, on: request)
        }
        return try await QuizPageBuilder.renderQuiz(attempt, questions: questions, on: request)
    }

    /// Scores the answers once; a second submission of the same quiz is refused.
    static func answer(_ request: Request) async throws -> Response {
        let (user, attempt) = try await ownAttempt(request)
        guard attempt.finishedAt == nil else { throw AppError.invalidField("status") }
        let questions = try await QuizPageBuilder.questions(of: attempt, on: request.db)
        let fields: [String: String]
        do { fields = try request.content.decode([String: String].self) } catch { throw AppError.invalidForm("answers") }
        let answers = (0..<questions.count).map { index -> QuizScoring.Answer in
            let decision = fields["d\(index)"]
            let rule = fields["r\(index)"].flatMap { $0.isEmpty || $0.count > 20 ? nil : $0 }
            return QuizScoring.Answer(violation: decision == "violation" ? true : decision == "allow" ? false : nil,
                                      rule: rule)
        }
        let settings = request.bijak.configuration.humasTraining
        let score = QuizScoring.score(keys: questions.map(\.answerKey), answers: answers,
                                      passPercent: settings.trainingPassPercent)
        let attemptID = try attempt.requireID()
        try await request.db.transaction { transaction in
            // Only an unfinished attempt is scored: two submissions at once cannot both count.
            guard let sql = transaction as? any SQLDatabase else { throw AppError.internalError }
            let code = score.passed ? CertificateCode.make() : nil
            let moved = try await sql.update(TrainingAttempt.schema)
                .set("answers_json", to: String(decoding: try JSONEncoder().encode(answers), as: UTF8.self))
                .set("correct", to: score.correct).set("percent", to: score.percent).set("passed", to: score.passed)
                .set("certificate_code", to: code).set("finished_at", to: Date())
                .where("id", .equal, attemptID).where("finished_at", .is, SQLLiteral.null)
                .returning("id").all()
            guard !moved.isEmpty else { throw AppError.invalidField("status") }
            try await AuditLog.record("training.finish", subjectType: "training_attempt",
                                      subjectID: attemptID.uuidString, actor: user, unitID: user.$unit.id,
                                      details: ["percent": String(score.percent), "passed": String(score.passed)],
                                      on: transaction)
        }
        return request.redirect(to: "/pelatihan/kuis/\(attemptID)", redirectType: .normal)
    }

    /// The attempt named in the path, when it is the signed-in user's own.
    private static func ownAttempt(_ request: Request) async throws -> (User, TrainingAttempt) {
        let user = try request.requireUser()
        guard let id = request.parameters.get("id", as: UUID.self),
              let attempt = try await TrainingAttempt.find(id, on: request.db),
              attempt.userID == user.id else { throw AppError.notFound }
        return (user, attempt)
    }
}
