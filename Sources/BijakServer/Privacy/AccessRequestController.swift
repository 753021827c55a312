import Fluent
import Vapor

/// An access request (`/admin/pengguna/:id/data`): everything Bijak holds about one person, as JSON, for the admin
/// of their unit to hand over. An anonymous reporter of a case about them is left out.
enum AccessRequestController {
    struct Export: Content {
        struct Person: Content {
            let id: String
            let name: String
            let nip: String
            let role: String
            let unit: String
            let created_at: Date?
        }

        struct SavedCheckEntry: Content {
            let id: String
            let created_at: Date?
            let decision: String
            let post_json: String
            let verdict_json: String
        }

        struct AccountEntry: Content {
            let id: String
            let platform: String
            let handle: String
            let kind: String
        }

        struct PostEntry: Content {
            let id: String
            let account_id: String
            let text: String
            let url: String?
            let posted_at: Date?
            let captured_at: Date
            let decision: String
            let review_status: String?
            let review_note: String?
            let confirmed_rules: String?
        }

        struct CaseEntry: Content {
            let id: String
            let status: String
            let opened: Date?
            let summary: String
            let evidence_text: String
            let evidence_sha256: String
            let reporter: String?
            let hearing_at: Date?
            let outcome: [String]
            let outcome_note: String?
            let history: [String]
        }

        struct HumasDraftEntry: Content {
            let id: String
            let status: String
            let text: String
            let created_at: Date?
            let published_at: Date?
        }

        struct TrainingAttemptEntry: Content {
            let id: String
            let started_at: Date
            let finished_at: Date?
            let percent: Int?
            let passed: Bool
            let certificate_code: String?
        }

        struct AuditAction: Content {
            let seq: Int64
            let action: String
            let subject: String
        }

        let generated_at: Date
        let person: Person
        let saved_checks: [SavedCheckEntry]
        let accounts: [AccountEntry]
        let posts: [PostEntry]
        let cases_about_them: [CaseEntry]
        let reports_filed: [String]
        let humas_drafts_authored: [HumasDraftEntry]
        let training_attempts: [TrainingAttemptEntry]
        let actions_taken: [AuditAction]
    }

    static func export(_ request: Request) async throws -> Response {
        let admin = try request.requireRole([.admin])
        let scope = try await UnitScope.of(admin, on: request.db)
        guard let id = request.parameters.get("id", as: UUID.self),
              let person = try await User.find(id, on: request.db) else { throw AppError.notFound }
        try scope.require(person.$unit.id)
        let db = request.db
        let strings = UIStrings.table(request.language)

        let checks = try await SavedCheck.query(on: db).filter(\.$user.$id == id).sort(\.$createdAt).all()
        let accounts = try await SocialAccount.query(on: db).filter(\.$owner.$id == id).all()
        let posts = try await MonitoredPost.query(on: db).filter(\.$account.$id ~~ accounts.compactMap(\.id))
            .sort(\.$capturedAt).all()
        let reviews = try await ReviewItem.query(on: db).filter(\.$post.$id ~~ posts.compactMap(\.id)).all()
        let cases = try await EthicsCase.query(on: db).filter(\.$subjectUserID == id).sort(\.$createdAt).all()
        var caseEntries: [Export.CaseEntry] = []
        for ethicsCase in cases {
            let events = try await CaseEvent.query(on: db).filter(\.$caseID == ethicsCase.requireID()).sort(\.$at).all()
            var reporter: String?
            if let reporterID = ethicsCase.reporterID, !ethicsCase.reporterAnonymous {
                reporter = try await User.find(reporterID, on: db)?.name
            }
            caseEntries.append(.init(
                id: try ethicsCase.requireID().uuidString, status: ethicsCase.status.rawValue, opened: ethicsCase.createdAt,
                summary: ethicsCase.summary, evidence_text: ethicsCase.evidenceText,
                evidence_sha256: ethicsCase.evidenceSHA256, reporter: reporter, hearing_at: ethicsCase.hearingAt,
                outcome: CaseView.outcomeLines(ethicsCase, strings: strings), outcome_note: ethicsCase.outcomeNote,
                history: events.map { "\(DateText.format($0.at)) \($0.actorName): \($0.kind) \($0.toStatus ?? "")" }))
        }
        let reported = try await EthicsCase.query(on: db).filter(\.$reporterID == id).all()
        let drafts = try await HumasDraft.query(on: db).filter(\.$authorID == id).sort(\.$createdAt).all()
        let attempts = try await TrainingAttempt.query(on: db).filter(\.$userID == id).sort(\.$startedAt).all()
        let actions = try await AuditEntry.query(on: db).filter(\.$actorID == id).sort(\.$seq).all()

        let export = Export(
            generated_at: Date(),
            person: .init(id: id.uuidString, name: person.name, nip: person.nip, role: person.role.rawValue,
                          unit: scope.unit(person.$unit.id)?.name ?? "", created_at: person.createdAt),
            saved_checks: checks.map {
                .init(id: $0.id?.uuidString ?? "", created_at: $0.createdAt, decision: $0.decision,
                      post_json: $0.postJSON, verdict_json: $0.verdictJSON)
            },
            accounts: accounts.map {
                .init(id: $0.id?.uuidString ?? "", platform: $0.platform.rawValue, handle: $0.handle, kind: $0.kind.rawValue)
            },
            posts: posts.map { post in
                let review = reviews.first { $0.$post.id == post.id }
                return .init(id: post.id?.uuidString ?? "", account_id: post.$account.id.uuidString, text: post.text,
                             url: post.url, posted_at: post.postedAt, captured_at: post.capturedAt,
                             decision: post.decision, review_status: review?.status.rawValue,
                             review_note: review?.decisionNote, confirmed_rules: review?.confirmedRules)
            },
            cases_about_them: caseEntries,
            reports_filed: reported.compactMap { $0.id?.uuidString },
            humas_drafts_authored: drafts.map {
                .init(id: $0.id?.uuidString ?? "", status: $0.status.rawValue, text: $0.text, created_at: $0.createdAt,
                      published_at: $0.publishedAt)
            },
            training_attempts: attempts.map {
                .init(id: $0.id?.uuidString ?? "", started_at: $0.startedAt, finished_at: $0.finishedAt,
                      percent: $0.percent, passed: $0.passed, certificate_code: $0.certificateCode)
            },
            actions_taken: actions.map { .init(seq: $0.seq, action: $0.action, subject: "\($0.subjectType) \($0.subjectID)") })

        try await AuditLog.record("privacy.export", subjectType: "user", subjectID: id.uuidString, actor: admin,
                                  unitID: person.$unit.id, on: db)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let response = Response(status: .ok, body: .init(data: try encoder.encode(export)))
        response.headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"bijak-data-\(id).json\"")
        return response
    }
}
