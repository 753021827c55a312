import Fluent
import Vapor

/// Monitored accounts of the user's units: list, register, remove. Every change is audited.
enum AccountPageController {
    struct Row: Encodable {
        let id: String
        let platform: String
        let handle: String
        let kind: String
        let unit: String
        let owner: String
        let posts: Int
    }

    struct Page: Encodable {
        let rows: [Row]
        let units: [AdminUnitController.Option]
        let platforms: [AdminUnitController.Option]
        let owners: [AdminUnitController.Option]
    }

    struct AccountForm: Content {
        var platform: String?
        var handle: String?
        var kind: String?
        var unit: String?
        var owner: String?
    }

    static func list(_ request: Request) async throws -> View {
        let (_, scope) = try await MonitoringAccess.require(request)
        let accounts = try await SocialAccount.query(on: request.db).filter(\.$unit.$id ~~ Array(scope.ids))
            .with(\.$owner).sort(\.$platform).sort(\.$handle).all()
        var rows: [Row] = []
        for account in accounts {
            let posts = try await MonitoredPost.query(on: request.db).filter(\.$account.$id == account.id!).count()
            rows.append(Row(id: account.id?.uuidString ?? "", platform: account.platform.rawValue,
                            handle: account.handle, kind: account.kind.rawValue,
                            unit: scope.unit(account.$unit.id)?.name ?? "", owner: account.owner?.name ?? "",
                            posts: posts))
        }
        let users = try await User.query(on: request.db).filter(\.$unit.$id ~~ Array(scope.ids)).sort(\.$name).all()
        let page = Page(rows: rows, units: AdminUnitController.unitOptions(scope),
                        platforms: SocialPlatform.allCases.map { .init(value: $0.rawValue, label: $0.rawValue) },
                        owners: users.map { .init(value: $0.id?.uuidString ?? "", label: "\($0.name) (\($0.nip))") })
        return try await PageRenderer.render("monitoring-accounts", titleKey: "accounts_title", page: page, on: request)
    }

    static func create(_ request: Request) async throws -> Response {
        let (user, scope) = try await MonitoringAccess.require(request)
        let form = try request.content.decode(AccountForm.self)
        guard let platform = form.platform.flatMap(SocialPlatform.init(rawValue:)) else {
            throw AppError.invalidField("platform")
        }
        guard let raw = FormField.text(form.handle, maxLength: 100) else { throw AppError.invalidField("handle") }
        let handle = SocialAccount.normalizedHandle(raw)
        guard !handle.isEmpty, handle.unicodeScalars.allSatisfy(Self.isHandleScalar) else {
            throw AppError.invalidField("handle")
        }
        guard let kind = form.kind.flatMap(AccountKind.init(rawValue:)) else { throw AppError.invalidField("kind") }
        let unitID = try FormField.uuid(form.unit, name: "unit")
        try scope.require(unitID)
        var ownerID: UUID?
        if let value = form.owner?.nilIfEmpty {
            let id = try FormField.uuid(value, name: "owner")
            // The owner must be a user of the account's unit.
            guard let owner = try await User.find(id, on: request.db), owner.$unit.id == unitID else {
                throw AppError.invalidField("owner")
            }
            ownerID = id
        }
        if try await SocialAccount.query(on: request.db).filter(\.$platform == platform).filter(\.$handle == handle)
            .first() != nil {
            throw AppError.invalidForm("akun sudah terdaftar / account already registered")
        }
        let owner = ownerID
        try await request.db.transaction { transaction in
            let account = SocialAccount(platform: platform, handle: handle, kind: kind, unitID: unitID, ownerID: owner)
            try await account.create(on: transaction)
            var details = ["platform": platform.rawValue, "handle": handle, "kind": kind.rawValue]
            if let owner { details["owner"] = owner.uuidString }
            try await AuditLog.record("account.create", subjectType: "social_account",
                                      subjectID: try account.requireID().uuidString, actor: user, unitID: unitID,
                                      details: details, on: transaction)
        }
        return request.redirect(to: "/pengawasan/akun", redirectType: .normal)
    }

    static func delete(_ request: Request) async throws -> Response {
        let (user, scope) = try await MonitoringAccess.require(request)
        guard let id = request.parameters.get("id", as: UUID.self),
              let account = try await SocialAccount.find(id, on: request.db) else { throw AppError.notFound }
        try scope.require(account.$unit.id)
        // Posts are evidence; an account with posts stays (retention decides when they go).
        guard try await MonitoredPost.query(on: request.db).filter(\.$account.$id == id).count() == 0 else {
            throw AppError.invalidForm("akun masih memiliki unggahan tersimpan / the account still has stored posts")
        }
        try await request.db.transaction { transaction in
            try await account.delete(on: transaction)
            try await AuditLog.record("account.delete", subjectType: "social_account", subjectID: id.uuidString,
                                      actor: user, unitID: account.$unit.id,
                                      details: ["platform": account.platform.rawValue, "handle": account.handle],
                                      on: transaction)
        }
        return request.redirect(to: "/pengawasan/akun", redirectType: .normal)
    }

    /// Handles are letters, digits, `.`, `_` and `-` on every platform Bijak knows.
    private static func isHandleScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar)
    }
}
