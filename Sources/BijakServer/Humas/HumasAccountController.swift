import Fluent
import Foundation
import Vapor

/// The units' institutional accounts: list and register (Humas officers and admins of the scope).
enum HumasAccountController {
    struct Row: Encodable {
        let platform: String
        let handle: String
        let unit: String
    }

    struct Page: Encodable {
        let rows: [Row]
        let units: [HumasQueries.Option]
        let platforms: [String]
    }

    struct AccountForm: Content {
        var platform: String?
        var handle: String?
        var unit: String?
    }

    /// GET /humas/akun: the institutional accounts of the scope and the form to register one.
    static func list(_ request: Request) async throws -> View {
        let user = try request.requireRole(HumasAccess.writers)
        let scope = try await UnitScope.of(user, on: request.db)
        let rows = try await HumasQueries.accounts(in: scope, on: request.db).map {
            Row(platform: $0.platform.rawValue, handle: $0.handle, unit: scope.unit($0.$unit.id)?.name ?? "")
        }
        let units = scope.units.map { HumasQueries.Option(value: $0.unit.id?.uuidString ?? "", label: $0.unit.name) }
        return try await PageRenderer.render("humas-accounts", titleKey: "humas_accounts",
                                             page: Page(rows: rows, units: units,
                                                        platforms: SocialPlatform.allCases.map(\.rawValue)),
                                             on: request)
    }

    /// POST /humas/akun: registers an institutional account for a unit of the scope (audited).
    static func create(_ request: Request) async throws -> Response {
        let user = try request.requireRole(HumasAccess.writers)
        let scope = try await UnitScope.of(user, on: request.db)
        let form: AccountForm
        do { form = try request.content.decode(AccountForm.self) } catch { throw AppError.invalidForm("handle") }
        let unitID = try FormField.uuid(form.unit, name: "unit")
        try scope.require(unitID)
        guard let platform = form.platform.flatMap(SocialPlatform.init(rawValue:)) else {
            throw AppError.invalidField("platform")
        }
        let handle = SocialAccount.normalizedHandle(form.handle ?? "")
        guard isValidHandle(handle) else { throw AppError.invalidField("handle") }
        try await request.db.transaction { transaction in
            guard try await SocialAccount.query(on: transaction).filter(\.$platform == platform)
                .filter(\.$handle == handle).count() == 0 else { throw AppError.invalidField("handle") }
            let account = SocialAccount(platform: platform, handle: handle, kind: .institutional, unitID: unitID)
            try await account.create(on: transaction)
            try await AuditLog.record("humas.account_create", subjectType: "social_account",
                                      subjectID: try account.requireID().uuidString, actor: user, unitID: unitID,
                                      details: ["platform": platform.rawValue, "handle": handle], on: transaction)
        }
        return request.redirect(to: "/humas/akun", redirectType: .normal)
    }

    /// Letters, digits, `.`, `_` and `-`, at most 100 characters: what the platforms allow in handles.
    static func isValidHandle(_ handle: String) -> Bool {
        !handle.isEmpty && handle.count <= 100
            && handle.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}
