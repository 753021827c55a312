import Fluent
import Foundation
import Vapor

/// Reads shared by the Humas pages.
enum HumasQueries {
    /// An option of a `<select>`.
    struct Option: Encodable {
        let value: String
        let label: String
    }

    /// The institutional accounts of the scope's units.
    static func accounts(in scope: UnitScope, on database: any Database) async throws -> [SocialAccount] {
        try await SocialAccount.query(on: database).filter(\.$kind == .institutional)
            .filter(\.$unit.$id ~~ Array(scope.ids)).sort(\.$platform).sort(\.$handle).all()
    }

    /// How an account reads in lists: `instagram @lapas.semarang (Lapas Semarang)`.
    static func label(_ account: SocialAccount, scope: UnitScope) -> String {
        let unit = scope.unit(account.$unit.id)?.name ?? ""
        return "\(account.platform.rawValue) @\(account.handle)" + (unit.isEmpty ? "" : " (\(unit))")
    }

    /// The scope's institutional accounts as `<select>` options.
    static func accountOptions(in scope: UnitScope, on database: any Database) async throws -> [Option] {
        try await accounts(in: scope, on: database).map { Option(value: $0.id?.uuidString ?? "", label: label($0, scope: scope)) }
    }

    /// The draft named in the path, refused unless its unit is in the reader's scope.
    static func draft(_ request: Request, scope: UnitScope) async throws -> HumasDraft {
        guard let id = request.parameters.get("id", as: UUID.self),
              let draft = try await HumasDraft.find(id, on: request.db) else { throw AppError.notFound }
        // A draft of another unit is reported as missing, so that ids of other units reveal nothing.
        guard scope.contains(draft.unitID) else { throw AppError.notFound }
        return draft
    }
}
