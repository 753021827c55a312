import BijakCore
import Fluent
import Foundation
import Vapor

/// Certificates, the results of a unit's staff (who has not completed the training), and the question bank.
enum TrainingAdminController {
    struct CertificatePage: Encodable {
        let name: String
        let nip: String
        let unit: String
        let date: String
        let score: String
        let code: String
    }

    /// A printable certificate, for its holder and for the managers of the holder's unit.
    static func certificate(_ request: Request) async throws -> View {
        let viewer = try request.requireUser()
        guard let code = request.parameters.get("code"), code.count == 12,
              let attempt = try await TrainingAttempt.query(on: request.db).filter(\.$certificateCode == code).first(),
              attempt.passed, let holder = try await User.find(attempt.userID, on: request.db) else {
            throw AppError.notFound
        }
        if viewer.id != holder.id {
            guard TrainingAccess.managers.contains(viewer.role),
                  try await UnitScope.of(viewer, on: request.db).contains(attempt.unitID) else { throw AppError.notFound }
        }
        let unit = try await Unit.find(attempt.unitID, on: request.db)
        let page = CertificatePage(name: holder.name, nip: holder.nip, unit: unit?.name ?? "",
                                   date: DateText.format(attempt.finishedAt), score: "\(attempt.percent ?? 0) %",
                                   code: code)
        return try await PageRenderer.render("pelatihan-certificate", titleKey: "training_certificate", page: page,
                                             on: request)
    }

    struct ProgressRow: Encodable {
        let name: String
        let nip: String
        let unit: String
        let best: String
        let completed: Bool
        let certificate: String
    }

    struct UnitRow: Encodable {
        let unit: String
        let completed: Int
        let total: Int
    }

    struct ProgressPage: Encodable {
        let units: [UnitRow]
        let pending: [ProgressRow]
        let completed: [ProgressRow]
    }

    /// Results per person and per unit of the manager's scope; who has not passed a quiz yet comes first.
    static func progress(_ request: Request) async throws -> View {
        let manager = try request.requireRole(TrainingAccess.managers)
        let scope = try await UnitScope.of(manager, on: request.db)
        let users = try await User.query(on: request.db).filter(\.$unit.$id ~~ Array(scope.ids)).sort(\.$name).all()
        let attempts = try await TrainingAttempt.query(on: request.db).filter(\.$userID ~~ users.compactMap(\.id))
            .filter(\.$finishedAt != nil).all()
        let byUser = Dictionary(grouping: attempts, by: \.userID)
        let rows = users.map { user -> ProgressRow in
            let own = byUser[user.id ?? UUID()] ?? []
            let best = own.max { ($0.percent ?? 0) < ($1.percent ?? 0) }
            let passed = own.first { $0.passed }
            return ProgressRow(name: user.name, nip: user.nip, unit: scope.unit(user.$unit.id)?.name ?? "",
                               best: best?.percent.map { "\($0) %" } ?? "—", completed: passed != nil,
                               certificate: passed?.certificateCode ?? "")
        }
        let units = scope.units.map { entry -> UnitRow in
            let members = rows.enumerated().filter { users[$0.offset].$unit.id == entry.unit.id }.map(\.element)
            return UnitRow(unit: entry.unit.name, completed: members.filter(\.completed).count, total: members.count)
        }
        let page = ProgressPage(units: units, pending: rows.filter { !$0.completed }, completed: rows.filter(\.completed))
        return try await PageRenderer.render("pelatihan-progress", titleKey: "training_progress", page: page, on: request)
    }

    struct QuestionRow: Encodable {
        let id: String
        let key: String
        let text: String
        let action: String
        let target: String
        let live: Bool
        let uniform: Bool
        let violation: Bool
        let rules: String
        let active: Bool
    }

    struct QuestionsPage: Encodable {
        let rows: [QuestionRow]
        let actions: [String]
    }

    struct QuestionPage: Encodable {
        let question: QuestionRow
        let actions: [String]
    }

    struct QuestionForm: Content {
        var text: String?
        var action: String?
        var target: String?
        var live: String?
        var uniform: String?
        var violation: String?
        var rules: String?
    }

    /// GET /pelatihan/soal: the whole bank and the form to add a question.
    static func questions(_ request: Request) async throws -> View {
        _ = try request.requireRole(TrainingAccess.editors)
        let rows = try await TrainingQuestion.query(on: request.db).sort(\.$key).all().map(row)
        return try await PageRenderer.render("pelatihan-questions", titleKey: "training_bank",
                                             page: QuestionsPage(rows: rows, actions: PostAction.allCases.map(\.rawValue)),
                                             on: request)
    }

    /// POST /pelatihan/soal: adds a question (audited).
    static func createQuestion(_ request: Request) async throws -> Response {
        let admin = try request.requireRole(TrainingAccess.editors)
        let question = TrainingQuestion()
        question.key = "custom-" + UUID().uuidString.prefix(8).lowercased()
        question.active = true
        try apply(try decodeForm(request), to: question, rulebook: request.bijak.engine.rulebook)
        return try await save(question, action: "training.question_create", by: admin, on: request)
    }

    /// GET /pelatihan/soal/{id}: the edit form.
    static func editQuestion(_ request: Request) async throws -> View {
        _ = try request.requireRole(TrainingAccess.editors)
        let question = try await findQuestion(request)
        return try await PageRenderer.render("pelatihan-question-edit", titleKey: "training_bank",
                                             page: QuestionPage(question: row(question),
                                                                actions: PostAction.allCases.map(\.rawValue)),
                                             on: request)
    }

    /// POST /pelatihan/soal/{id}: changes a question (audited).
    static func updateQuestion(_ request: Request) async throws -> Response {
        let admin = try request.requireRole(TrainingAccess.editors)
        let question = try await findQuestion(request)
        try apply(try decodeForm(request), to: question, rulebook: request.bijak.engine.rulebook)
        return try await save(question, action: "training.question_update", by: admin, on: request)
    }

    /// Retires a question (or brings a retired one back); past quizzes keep it.
    static func toggleQuestion(_ request: Request) async throws -> Response {
        let admin = try request.requireRole(TrainingAccess.editors)
        let question = try await findQuestion(request)
        question.active.toggle()
        return try await save(question, action: question.active ? "training.question_restore" : "training.question_retire",
                              by: admin, on: request)
    }

    /// Saves `question` (creating it when new) with its audit entry in one transaction, then back to the bank.
    private static func save(_ question: TrainingQuestion, action: String, by admin: User,
                             on request: Request) async throws -> Response {
        try await request.db.transaction { transaction in
            try await question.save(on: transaction)
            try await AuditLog.record(action, subjectType: "training_question",
                                      subjectID: try question.requireID().uuidString, actor: admin,
                                      unitID: admin.$unit.id, details: ["key": question.key], on: transaction)
        }
        return request.redirect(to: "/pelatihan/soal", redirectType: .normal)
    }

    private static func decodeForm(_ request: Request) throws -> QuestionForm {
        do { return try request.content.decode(QuestionForm.self) } catch { throw AppError.invalidForm("text") }
    }

    /// Checks the form and copies it onto `question`: a known action, known rules, and a rule for a violation.
    static func apply(_ form: QuestionForm, to question: TrainingQuestion, rulebook: Rulebook) throws {
        guard let text = FormField.text(form.text, maxLength: 2_000) else { throw AppError.invalidField("text") }
        guard let action = form.action.flatMap(PostAction.init(rawValue:)) else { throw AppError.unknownAction }
        let target = try DraftForm.optional(form.target, name: "target")
        let violation = form.violation == "on"
        let rules = (form.rules ?? "").split(whereSeparator: { $0 == "," || $0 == " " })
            .map { $0.uppercased() }.filter { !$0.isEmpty }
        guard rules.count <= 10, rules.allSatisfy({ rulebook.rule($0) != nil }), !violation || !rules.isEmpty else {
            throw AppError.invalidField("rules")
        }
        question.text = text
        question.action = action.rawValue
        question.target = target
        question.live = form.live != nil
        question.uniform = form.uniform != nil
        question.violation = violation
        question.rules = violation ? rules.joined(separator: ",") : ""
    }

    private static func findQuestion(_ request: Request) async throws -> TrainingQuestion {
        guard let id = request.parameters.get("id", as: UUID.self),
              let question = try await TrainingQuestion.find(id, on: request.db) else { throw AppError.notFound }
        return question
    }

    private static func row(_ question: TrainingQuestion) -> QuestionRow {
        QuestionRow(id: question.id?.uuidString ?? "", key: question.key, text: question.text, action: question.action,
                    target: question.target ?? "", live: question.live, uniform: question.uniform,
                    violation: question.violation, rules: question.rules, active: question.active)
    }
}
