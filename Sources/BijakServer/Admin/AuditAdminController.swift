import Fluent
import Vapor

/// The audit log for admins (`/admin/audit`): entries filed under the admin's units, newest first, and a button
/// that checks the whole chain.
enum AuditAdminController {
    static let pageSize = 100

    struct Row: Encodable {
        let seq: String
        let at: String
        let actor: String
        let unit: String
        let action: String
        let subject: String
        let details: String
    }

    struct Page: Encodable {
        let rows: [Row]
        let olderLink: String
        let verification: String
        let verified: Bool
        let verifyRan: Bool
    }

    static func list(_ request: Request) async throws -> View {
        try await render(request, verification: nil)
    }

    /// Runs ``AuditLog/verify(on:)`` over the whole chain; an admin of any unit may run it, since a break anywhere
    /// concerns everyone, but the page still lists only their units' entries.
    static func verify(_ request: Request) async throws -> View {
        _ = try request.requireRole([.admin])
        return try await render(request, verification: try await AuditLog.verify(on: request.db))
    }

    private static func render(_ request: Request, verification: AuditVerification?) async throws -> View {
        let admin = try request.requireRole([.admin])
        let scope = try await UnitScope.of(admin, on: request.db)
        let strings = UIStrings.table(request.language)
        let beforeText = request.query[String.self, at: "before"] ?? ""
        let query = AuditEntry.query(on: request.db)
        // Entries without a unit (system-wide ones) belong to the top of the tree.
        let isTop = scope.unit(scope.rootID)?.$parent.id == nil
        query.group(.or) { group in
            group.filter(\.$unitID ~~ Array(scope.ids))
            if isTop { group.filter(\.$unitID == nil) }
        }
        if !beforeText.isEmpty {
            guard let before = Int64(beforeText), before > 0 else { throw AppError.invalidField("before") }
            query.filter(\.$seq < before)
        }
        let entries = try await query.sort(\.$seq, .descending).limit(pageSize + 1).all()
        let rows = entries.prefix(pageSize).map { entry in
            Row(seq: String(entry.seq),
                at: DateText.format(Date(timeIntervalSince1970: TimeInterval(entry.atMilliseconds) / 1000)),
                actor: entry.actorName, unit: scope.unit(entry.unitID)?.name ?? "",
                action: entry.action, subject: "\(entry.subjectType) \(entry.subjectID)", details: entry.details)
        }
        var text = ""
        if let verification {
            if let broken = verification.firstBroken {
                text = (strings["audit_broken"] ?? "") + " #\(broken.seq): \(broken.problem.description)"
            } else {
                text = (strings["audit_intact"] ?? "") + " (\(verification.checkedEntries))"
            }
        }
        let page = Page(rows: Array(rows),
                        olderLink: entries.count > pageSize ? "/admin/audit?before=\(rows.last?.seq ?? "")" : "",
                        verification: text, verified: verification?.isIntact ?? false, verifyRan: verification != nil)
        return try await PageRenderer.render("admin-audit", titleKey: "audit_title", page: page, on: request)
    }
}
