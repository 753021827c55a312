@testable import BijakServer
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Every role and scope boundary: a user cannot read or change what another unit or role owns.
@Suite struct AccessTests {
    @Test(arguments: TestDatabase.available)
    func staffCannotEnterTheAdminAreaOrDirectory(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            var pegawai = Browser(app)
            try await pegawai.signIn(fixture.pegawaiA.nip, password: TestApp.password)
            for path in ["/admin/unit", "/admin/pengguna", "/admin/token", "/unit/pegawai",
                         "/admin/pengguna/\(try fixture.pegawaiA.requireID())"] {
                #expect(try await pegawai.get(path).status == .forbidden, "\(path)")
            }
            let unitID = try fixture.lapasA.requireID().uuidString
            let posts: [(String, [String: String])] = [
                ("/admin/unit", ["name": "X", "kind": "lapas", "zone": "WIB", "parent": try fixture.kanwilA.requireID().uuidString]),
                ("/admin/pengguna", ["name": "X", "nip": "199912122020121012", "unit": unitID, "role": "admin",
                                     "password": "kata-sandi-panjang"]),
                ("/admin/token", ["name": "X", "unit": unitID]),
            ]
            for (path, form) in posts {
                #expect(try await pegawai.post(path, form: form).status == .forbidden, "\(path)")
            }
            #expect(try await User.query(on: app.db).filter(\.$nip == "199912122020121012").count() == 0)
            // Anonymous visitors are sent to sign in.
            var anonymous = Browser(app)
            #expect(try await anonymous.get("/admin/unit").status == .seeOther)
        }
    }

    @Test(arguments: TestDatabase.available)
    func humasAndPatnalReadOnlyTheirOwnUnits(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            var humas = Browser(app)
            try await humas.signIn(fixture.humasA.nip, password: TestApp.password)
            let directory = try await humas.get("/unit/pegawai").body.string
            #expect(directory.contains(fixture.pegawaiA.nip))
            #expect(!directory.contains(fixture.pegawaiB.nip))
            #expect(try await humas.get("/admin/pengguna").status == .forbidden)

            var patnal = Browser(app)
            try await patnal.signIn(fixture.patnalB.nip, password: TestApp.password)
            let other = try await patnal.get("/unit/pegawai").body.string
            #expect(other.contains(fixture.pegawaiB.nip))
            #expect(!other.contains(fixture.pegawaiA.nip))
            let edit = ["name": "Diubah", "unit": try fixture.rutanB.requireID().uuidString, "role": "admin"]
            #expect(try await patnal.post("/admin/pengguna/\(try fixture.pegawaiB.requireID())", form: edit).status == .forbidden)
        }
    }

    @Test(arguments: TestDatabase.available)
    func adminsManageOnlyTheirOwnUnits(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            var adminA = Browser(app)
            try await adminA.signIn(fixture.adminA.nip, password: TestApp.password)
            let units = try await adminA.get("/admin/unit").body.string
            #expect(units.contains("Lapas Semarang") && !units.contains("Rutan Denpasar"))
            let users = try await adminA.get("/admin/pengguna").body.string
            #expect(users.contains(fixture.pegawaiA.nip) && !users.contains(fixture.pegawaiB.nip))

            let pegawaiB = try fixture.pegawaiB.requireID()
            let rutanB = try fixture.rutanB.requireID().uuidString
            let lapasA = try fixture.lapasA.requireID().uuidString
            // Another Kanwil's user: not readable, not editable, not deletable.
            #expect(try await adminA.get("/admin/pengguna/\(pegawaiB)").status == .forbidden)
            #expect(try await adminA.post("/admin/pengguna/\(pegawaiB)",
                                          form: ["name": "Diubah", "unit": lapasA, "role": "pegawai"]).status == .forbidden)
            #expect(try await adminA.post("/admin/pengguna/\(pegawaiB)/hapus", form: [:]).status == .forbidden)
            #expect(try await User.find(pegawaiB, on: app.db)?.name == "Pegawai Denpasar")
            // Nor can an own user be moved into another Kanwil, nor a user created there.
            let pegawaiA = try fixture.pegawaiA.requireID()
            #expect(try await adminA.post("/admin/pengguna/\(pegawaiA)",
                                          form: ["name": "Pindah", "unit": rutanB, "role": "pegawai"]).status == .forbidden)
            #expect(try await adminA.post("/admin/pengguna", form: [
                "name": "Baru", "nip": "199912122020121012", "unit": rutanB, "role": "pegawai",
                "password": "kata-sandi-panjang"]).status == .forbidden)
            // Another Kanwil's units and tokens are out of reach too.
            #expect(try await adminA.post("/admin/unit/\(rutanB)/hapus", form: [:]).status == .forbidden)
            #expect(try await adminA.post("/admin/unit", form: ["name": "Lapas Baru", "kind": "lapas", "zone": "WITA",
                                                                 "parent": try fixture.kanwilB.requireID().uuidString]).status == .forbidden)
            let (_, tokenB) = try await Fixture.token(for: fixture.kanwilB, on: app.db)
            #expect(try await adminA.post("/admin/token/\(try tokenB.requireID())/cabut", form: [:]).status == .forbidden)
            #expect(try await APIToken.find(tokenB.id, on: app.db)?.revokedAt == nil)
            // An admin cannot delete the unit their scope hangs from.
            #expect(try await adminA.post("/admin/unit/\(try fixture.kanwilA.requireID())/hapus", form: [:]).status == .forbidden)

            // Within scope everything works.
            #expect(try await adminA.post("/admin/pengguna", form: [
                "name": "Baru", "nip": "199912122020121012", "unit": lapasA, "role": "pegawai",
                "password": "kata-sandi-panjang"]).status == .seeOther)
            #expect(try await adminA.post("/admin/unit", form: ["name": "Bapas Surakarta", "kind": "bapas", "zone": "WIB",
                                                                 "parent": try fixture.kanwilA.requireID().uuidString]).status == .seeOther)
            // A UPT cannot hang under a UPT.
            #expect(try await adminA.post("/admin/unit", form: ["name": "Salah", "kind": "lapas", "zone": "WIB",
                                                                 "parent": lapasA]).status == .unprocessableEntity)
            let created = try await adminA.post("/admin/token", form: ["name": "Integrasi", "unit": lapasA, "rate": "10"])
            #expect(created.status == .ok)
            let token = try #require(created.body.string.firstMatch(of: /bjk_[A-Za-z0-9_-]{43}/)).output
            let stored = try await APIToken.query(on: app.db).filter(\.$name == "Integrasi").first()
            #expect(stored?.tokenHash == TokenDigest.digest(String(token)))
            #expect(stored?.tokenHash.contains(String(token)) == false)
        }
    }
}
