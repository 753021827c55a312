@testable import BijakServer
import Fluent
import Foundation
import Vapor

/// Two Kanwil with one UPT each, and users of every role on both sides: enough to prove that scope holds.
///
///     Ditjen (admin)
///     ├── Kanwil Jawa Tengah (adminA, humasA)   └── Lapas Semarang (pegawaiA)
///     └── Kanwil Bali (adminB, patnalB)          └── Rutan Denpasar (pegawaiB)
struct Fixture {
    let ditjen: Unit
    let kanwilA: Unit
    let lapasA: Unit
    let kanwilB: Unit
    let rutanB: Unit
    let adminA: User
    let humasA: User
    let pegawaiA: User
    let adminB: User
    let patnalB: User
    let pegawaiB: User

    static func seed(on app: Application) async throws -> Fixture {
        let db = app.db
        guard let ditjen = try await Unit.query(on: db).filter(\.$parent.$id == nil).first() else {
            throw Abort(.internalServerError, reason: "no root unit")
        }
        func unit(_ name: String, _ kind: UnitKind, _ zone: IndonesianTimeZone, _ parent: Unit) async throws -> Unit {
            let unit = Unit(name: name, kind: kind, timeZone: zone, parentID: try parent.requireID())
            try await unit.create(on: db)
            return unit
        }
        let kanwilA = try await unit("Kanwil Jawa Tengah", .kanwil, .wib, ditjen)
        let lapasA = try await unit("Lapas Semarang", .lapas, .wib, kanwilA)
        let kanwilB = try await unit("Kanwil Bali", .kanwil, .wita, ditjen)
        let rutanB = try await unit("Rutan Denpasar", .rutan, .wita, kanwilB)
        let hash = try app.password.hash(TestApp.password)
        func user(_ name: String, _ nip: String, _ role: Role, _ unit: Unit) async throws -> User {
            let user = User(name: name, nip: nip, passwordHash: hash, role: role, unitID: try unit.requireID())
            try await user.create(on: db)
            return user
        }
        return Fixture(
            ditjen: ditjen, kanwilA: kanwilA, lapasA: lapasA, kanwilB: kanwilB, rutanB: rutanB,
            adminA: try await user("Admin Jateng", "198001012005011001", .admin, kanwilA),
            humasA: try await user("Humas Jateng", "198502022010012002", .humas, kanwilA),
            pegawaiA: try await user("Pegawai Semarang", "199003032015031003", .pegawai, lapasA),
            adminB: try await user("Admin Bali", "198104042006041004", .admin, kanwilB),
            patnalB: try await user("Patnal Bali", "198605052011052005", .patnal, kanwilB),
            pegawaiB: try await user("Pegawai Denpasar", "199106062016061006", .pegawai, rutanB))
    }

    /// Creates an API token for `unit` and returns the token itself.
    static func token(for unit: Unit, rateLimit: Int = 600, on db: any Database) async throws -> (String, APIToken) {
        let token = TokenDigest.newToken()
        let record = APIToken(name: "uji", tokenHash: TokenDigest.digest(token), unitID: try unit.requireID(),
                              rateLimitPerMinute: rateLimit)
        try await record.create(on: db)
        return (token, record)
    }
}

/// The organisational unit model (Foundation has a `Unit` of its own).
typealias Unit = BijakServer.Unit
