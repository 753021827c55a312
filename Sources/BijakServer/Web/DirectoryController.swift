import Fluent
import Vapor

/// The staff directory of a user's units: Humas, Patnal and admins read it; staff do not.
enum DirectoryController {
    struct Row: Encodable {
        let id: String
        let name: String
        let nip: String
        let role: String
        let unit: String
    }

    struct Page: Encodable { let rows: [Row] }

    static func list(_ request: Request) async throws -> View {
        let user = try request.requireRole(Role.directoryReaders)
        let scope = try await UnitScope.of(user, on: request.db)
        let rows = try await UserDirectory.rows(in: scope, strings: UIStrings.table(request.language), on: request.db)
        return try await PageRenderer.render("directory", titleKey: "directory_title", page: Page(rows: rows), on: request)
    }
}

/// Users within a scope, as tables show them.
enum UserDirectory {
    static func users(in scope: UnitScope, on database: any Database) async throws -> [User] {
        try await User.query(on: database).filter(\.$unit.$id ~~ Array(scope.ids)).sort(\.$name).all()
    }

    static func rows(in scope: UnitScope, strings: [String: String], on database: any Database) async throws
        -> [DirectoryController.Row] {
        try await users(in: scope, on: database).map { user in
            DirectoryController.Row(id: user.id?.uuidString ?? "", name: user.name, nip: user.nip,
                                    role: strings["role_\(user.role.rawValue)"] ?? user.role.rawValue,
                                    unit: scope.unit(user.$unit.id)?.name ?? "")
        }
    }
}
