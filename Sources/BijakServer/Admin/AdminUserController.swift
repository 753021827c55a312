import Fluent
import Vapor

/// Users of the admin's scope: list, add, edit, delete. A user can only be placed in a unit of the scope.
enum AdminUserController {
    struct Page: Encodable {
        let rows: [DirectoryController.Row]
        let units: [AdminUnitController.Option]
        let roles: [AdminUnitController.Option]
    }

    struct EditPage: Encodable {
        let id: String
        let name: String
        let nip: String
        let unitID: String
        let role: String
        let units: [AdminUnitController.Option]
        let roles: [AdminUnitController.Option]
    }

    struct UserForm: Content {
        var name: String?
        var nip: String?
        var unit: String?
        var role: String?
        var password: String?
    }

    static func list(_ request: Request) async throws -> View {
        let admin = try request.requireRole([.admin])
        let scope = try await UnitScope.of(admin, on: request.db)
        let strings = UIStrings.table(request.language)
        let page = Page(rows: try await UserDirectory.rows(in: scope, strings: strings, on: request.db),
                        units: AdminUnitController.unitOptions(scope), roles: roleOptions(strings))
        return try await PageRenderer.render("admin-users", titleKey: "users_title", page: page, on: request)
    }

    static func create(_ request: Request) async throws -> Response {
        let admin = try request.requireRole([.admin])
        let form = try request.content.decode(UserForm.self)
        let scope = try await UnitScope.of(admin, on: request.db)
        let unitID = try FormField.uuid(form.unit, name: "unit")
        try scope.require(unitID)
        guard let name = FormField.text(form.name, maxLength: 200) else { throw AppError.invalidField("name") }
        guard let nip = FormField.nip(form.nip) else { throw AppError.invalidField("nip") }
        guard let role = form.role.flatMap(Role.init(rawValue:)) else { throw AppError.invalidField("role") }
        guard let password = FormField.password(form.password) else { throw AppError.invalidField("password") }
        guard try await User.query(on: request.db).filter(\.$nip == nip).count() == 0 else {
            throw AppError.invalidField("nip")
        }
        let hash = try await request.password.async.hash(password)
        let user = User(name: name, nip: nip, passwordHash: hash, role: role, unitID: unitID)
        try await request.db.transaction { transaction in
            try await user.create(on: transaction)
            try await AuditLog.record("user.create", subjectType: "user", subjectID: user.id?.uuidString ?? "",
                                      actor: admin, unitID: unitID, details: ["role": role.rawValue], on: transaction)
        }
        return request.redirect(to: "/admin/pengguna", redirectType: .normal)
    }

    static func edit(_ request: Request) async throws -> View {
        let (_, scope, user) = try await userInScope(request)
        let strings = UIStrings.table(request.language)
        let page = EditPage(id: user.id?.uuidString ?? "", name: user.name, nip: user.nip,
                            unitID: user.$unit.id.uuidString, role: user.role.rawValue,
                            units: AdminUnitController.unitOptions(scope), roles: roleOptions(strings))
        return try await PageRenderer.render("admin-user-edit", titleKey: "user_edit", page: page, on: request)
    }

    static func update(_ request: Request) async throws -> Response {
        let (admin, scope, user) = try await userInScope(request)
        let form = try request.content.decode(UserForm.self)
        let unitID = try FormField.uuid(form.unit, name: "unit")
        try scope.require(unitID)
        guard let name = FormField.text(form.name, maxLength: 200) else { throw AppError.invalidField("name") }
        guard let role = form.role.flatMap(Role.init(rawValue:)) else { throw AppError.invalidField("role") }
        // Role and unit changes are what the audit log must show; a name or password change is noted by kind only.
        var details: [String: String] = [:]
        if user.role != role { details["role"] = "\(user.role.rawValue)->\(role.rawValue)" }
        if user.$unit.id != unitID { details["unit"] = "\(user.$unit.id.uuidString)->\(unitID.uuidString)" }
        if user.name != name { details["name_changed"] = "true" }
        user.name = name
        user.role = role
        user.$unit.id = unitID
        if let newPassword = form.password, !newPassword.isEmpty {
            guard let password = FormField.password(newPassword) else { throw AppError.invalidField("password") }
            user.passwordHash = try await request.password.async.hash(password)
            details["password_changed"] = "true"
        }
        let changes = details
        try await request.db.transaction { transaction in
            try await user.save(on: transaction)
            try await AuditLog.record("user.update", subjectType: "user", subjectID: user.id?.uuidString ?? "",
                                      actor: admin, unitID: unitID, details: changes, on: transaction)
        }
        return request.redirect(to: "/admin/pengguna", redirectType: .normal)
    }

    static func delete(_ request: Request) async throws -> Response {
        let (admin, _, user) = try await userInScope(request)
        guard user.id != admin.id else { throw AppError.forbidden }
        try await request.db.transaction { transaction in
            try await user.delete(on: transaction)
            try await AuditLog.record("user.delete", subjectType: "user", subjectID: user.id?.uuidString ?? "",
                                      actor: admin, unitID: user.$unit.id, details: ["role": user.role.rawValue],
                                      on: transaction)
        }
        return request.redirect(to: "/admin/pengguna", redirectType: .normal)
    }

    /// The admin, their scope, and the user named in the path, refused unless the user belongs to the scope.
    private static func userInScope(_ request: Request) async throws -> (User, UnitScope, User) {
        let admin = try request.requireRole([.admin])
        let scope = try await UnitScope.of(admin, on: request.db)
        guard let id = request.parameters.get("id", as: UUID.self),
              let user = try await User.find(id, on: request.db) else { throw AppError.notFound }
        try scope.require(user.$unit.id)
        return (admin, scope, user)
    }

    private static func roleOptions(_ strings: [String: String]) -> [AdminUnitController.Option] {
        Role.allCases.map { AdminUnitController.Option(value: $0.rawValue, label: strings["role_\($0.rawValue)"] ?? $0.rawValue) }
    }
}
