import Fluent
import Vapor

/// API tokens of the admin's units: create (the token is shown once), list, revoke.
enum AdminTokenController {
    struct Row: Encodable {
        let id: String
        let name: String
        let unit: String
        let rateLimit: Int
        let revoked: Bool
        let created: String
    }

    struct Page: Encodable {
        let rows: [Row]
        let units: [AdminUnitController.Option]
        let defaultRate: Int
        let newToken: String?
    }

    struct TokenForm: Content {
        var name: String?
        var unit: String?
        var rate: Int?
    }

    static func list(_ request: Request) async throws -> View {
        try await render(request, newToken: nil)
    }

    static func create(_ request: Request) async throws -> View {
        let admin = try request.requireRole([.admin])
        let form = try request.content.decode(TokenForm.self)
        let scope = try await UnitScope.of(admin, on: request.db)
        let unitID = try FormField.uuid(form.unit, name: "unit")
        try scope.require(unitID)
        guard let name = FormField.text(form.name, maxLength: 200) else { throw AppError.invalidField("name") }
        let rate = form.rate ?? request.bijak.configuration.apiRateLimitPerMinute
        guard (1...1_000_000).contains(rate) else { throw AppError.invalidField("rate") }
        let token = TokenDigest.newToken()
        let record = APIToken(name: name, tokenHash: TokenDigest.digest(token), unitID: unitID, rateLimitPerMinute: rate)
        try await request.db.transaction { transaction in
            try await record.create(on: transaction)
            try await AuditLog.record("token.create", subjectType: "api_token", subjectID: record.id?.uuidString ?? "",
                                      actor: admin, unitID: unitID, details: ["name": name, "rate": String(rate)],
                                      on: transaction)
        }
        return try await render(request, newToken: token)
    }

    static func revoke(_ request: Request) async throws -> Response {
        let admin = try request.requireRole([.admin])
        let scope = try await UnitScope.of(admin, on: request.db)
        guard let id = request.parameters.get("id", as: UUID.self),
              let token = try await APIToken.find(id, on: request.db) else { throw AppError.notFound }
        try scope.require(token.$unit.id)
        token.revokedAt = Date()
        try await request.db.transaction { transaction in
            try await token.save(on: transaction)
            try await AuditLog.record("token.revoke", subjectType: "api_token", subjectID: id.uuidString, actor: admin,
                                      unitID: token.$unit.id, details: ["name": token.name], on: transaction)
        }
        return request.redirect(to: "/admin/token", redirectType: .normal)
    }

    private static func render(_ request: Request, newToken: String?) async throws -> View {
        let admin = try request.requireRole([.admin])
        let scope = try await UnitScope.of(admin, on: request.db)
        let tokens = try await APIToken.query(on: request.db).filter(\.$unit.$id ~~ Array(scope.ids))
            .sort(\.$createdAt, .descending).all()
        let rows = tokens.map {
            Row(id: $0.id?.uuidString ?? "", name: $0.name, unit: scope.unit($0.$unit.id)?.name ?? "",
                rateLimit: $0.rateLimitPerMinute, revoked: $0.revokedAt != nil, created: DateText.format($0.createdAt))
        }
        let page = Page(rows: rows, units: AdminUnitController.unitOptions(scope),
                        defaultRate: request.bijak.configuration.apiRateLimitPerMinute, newToken: newToken)
        return try await PageRenderer.render("admin-tokens", titleKey: "tokens_title", page: page, on: request)
    }
}
