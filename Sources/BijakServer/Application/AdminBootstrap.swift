import Fluent
import Vapor

/// On the first start (no users at all) creates the Ditjen unit and the first administrator.
///
/// The password comes from `BIJAK_ADMIN_PASSWORD`; without it a random one-time password is generated and printed
/// once on standard output (never logged), to be changed after signing in.
enum AdminBootstrap {
    /// What happened, for the start-up message.
    enum Outcome: Equatable {
        case existingUsers
        case created(login: String, generatedPassword: String?)
    }

    static func run(_ app: Application) async throws -> Outcome {
        let configuration = app.bijak.configuration
        guard try await User.query(on: app.db).count() == 0 else { return .existingUsers }
        let root: Unit
        if let existing = try await Unit.query(on: app.db).filter(\.$parent.$id == nil).first() {
            root = existing
        } else {
            root = Unit(name: "Direktorat Jenderal Pemasyarakatan", kind: .ditjen, timeZone: .wib, parentID: nil)
            try await root.create(on: app.db)
        }
        let generated = configuration.adminPassword == nil ? [UInt8].random(count: 15).base64URLEncodedString() : nil
        let password = configuration.adminPassword ?? generated ?? ""
        let hash = try await app.password.async.hash(password)
        do {
            try await User(name: configuration.adminName, nip: configuration.adminLogin, passwordHash: hash, role: .admin,
                           unitID: root.requireID()).create(on: app.db)
        } catch {
            // Another instance starting at the same moment created the administrator first.
            if try await User.query(on: app.db).count() > 0 { return .existingUsers }
            throw error
        }
        return .created(login: configuration.adminLogin, generatedPassword: generated)
    }
}
