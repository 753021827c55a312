import Fluent
import Vapor

/// Case pages: the list (`/kasus`), one case, its printable report, and the evidence check.
enum CaseController {
    struct Row: Encodable {
        let id: String
        let unit: String
        let subject: String
        let status: String
        let opened: String
        let deadline: String
        let overdue: Bool
    }

    struct ListPage: Encodable {
        let rows: [Row]
        let statuses: [AdminUnitController.Option]
        let status: String
        let overdueOnly: Bool
        let ownOnly: Bool
    }

    /// Patnal and admins see the cases of their units; anyone else sees the cases about themselves they have been
    /// notified of.
    static func list(_ request: Request) async throws -> View {
        let viewer = try request.requireUser()
        let strings = UIStrings.table(request.language)
        let statusText = request.query[String.self, at: "status"] ?? ""
        let overdueOnly = (request.query[String.self, at: "overdue"]) == "1"
        let query = EthicsCase.query(on: request.db)
        let staff = Role.overseers.contains(viewer.role)
        var scope: UnitScope?
        if staff {
            let unitScope = try await UnitScope.of(viewer, on: request.db)
            scope = unitScope
            query.filter(\.$unitID ~~ Array(unitScope.ids))
        } else {
            query.filter(\.$subjectUserID == viewer.id)
        }
        if !statusText.isEmpty {
            guard let status = CaseStatus(rawValue: statusText) else { throw AppError.invalidField("status") }
            query.filter(\.$status == status)
        }
        if overdueOnly {
            query.filter(\.$status ~~ [.open, .underReview, .hearing]).filter(\.$deadlineAt < Date())
        }
        let cases = try await query.sort(\.$deadlineAt).limit(500).all()
        var rows: [Row] = []
        for ethicsCase in cases {
            let access = try await CaseAccess.of(viewer, ethicsCase, on: request.db)
            // A patnal reported in their own unit does not see their case in the staff list.
            guard access.canView, staff ? access.inScope : access.isSubject else { continue }
            rows.append(Row(
                id: ethicsCase.id?.uuidString ?? "", unit: scope?.unit(ethicsCase.unitID)?.name ?? "",
                subject: access.seesIdentifiers ? ethicsCase.subjectLabel : PersonalDataMask.mask(ethicsCase.subjectLabel),
                status: strings["case_status_\(ethicsCase.status.rawValue)"] ?? "",
                opened: DateText.format(ethicsCase.createdAt), deadline: DateText.format(ethicsCase.deadlineAt),
                overdue: ethicsCase.isOverdue()))
        }
        let page = ListPage(
            rows: rows, statuses: CaseStatus.allCases.map {
                .init(value: $0.rawValue, label: strings["case_status_\($0.rawValue)"] ?? $0.rawValue)
            }, status: statusText, overdueOnly: overdueOnly, ownOnly: !staff)
        return try await PageRenderer.render("cases", titleKey: "cases_title", page: page, on: request)
    }

    static func show(_ request: Request) async throws -> View {
        let access = try await CaseAccess.require(request)
        let view = try await CaseView.make(access, rulebook: request.bijak.engine.rulebook, language: request.language,
                                           on: request.db)
        return try await PageRenderer.render("case", titleKey: "case_title", page: view, on: request)
    }

    /// The printable report: the same facts, laid out for paper.
    static func print(_ request: Request) async throws -> View {
        let access = try await CaseAccess.require(request)
        let view = try await CaseView.make(access, rulebook: request.bijak.engine.rulebook, language: request.language,
                                           on: request.db)
        return try await PageRenderer.render("case-print", titleKey: "case_report_title", page: view, on: request)
    }

    /// Recomputes the evidence hash and shows whether it still matches.
    static func verify(_ request: Request) async throws -> View {
        let access = try await CaseAccess.require(request)
        let strings = UIStrings.table(request.language)
        let holds = CaseEvidence.holds(access.ethicsCase)
        let view = try await CaseView.make(
            access, rulebook: request.bijak.engine.rulebook, language: request.language,
            verification: strings[holds ? "evidence_intact" : "evidence_broken"] ?? "", on: request.db)
        return try await PageRenderer.render("case", titleKey: "case_title", page: view, on: request)
    }
}
