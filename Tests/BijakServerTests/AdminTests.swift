@testable import BijakServer
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The admin area within scope: every page and form works for the unit's own admin.
@Suite struct AdminTests {
    @Test(arguments: TestDatabase.available)
    func adminEditsDeletesAndRevokesWithinScope(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            var admin = Browser(app)
            #expect(try await admin.get("/masuk").body.string.contains("name=\"password\""))
            try await admin.signIn(fixture.adminA.nip, password: TestApp.password)
            #expect(try await admin.get("/masuk").status == .seeOther)
            #expect(try await admin.get("/admin").headers.first(name: .location) == "/admin/unit")

            let pegawai = try fixture.pegawaiA.requireID()
            let edit = try await admin.get("/admin/pengguna/\(pegawai)")
            #expect(edit.status == .ok && edit.body.string.contains(fixture.pegawaiA.nip))
            let kanwil = try fixture.kanwilA.requireID().uuidString
            #expect(try await admin.post("/admin/pengguna/\(pegawai)", form: [
                "name": "Pegawai Pindah", "unit": kanwil, "role": "humas", "password": "sandi-baru-panjang"]).status == .seeOther)
            let changed = try #require(try await User.find(pegawai, on: app.db))
            #expect(changed.name == "Pegawai Pindah" && changed.role == .humas && changed.$unit.id.uuidString == kanwil)
            var moved = Browser(app)
            #expect(try await moved.signIn(fixture.pegawaiA.nip, password: "sandi-baru-panjang").status == .seeOther)
            #expect(try await admin.post("/admin/pengguna/\(pegawai)", form: [
                "name": "X", "unit": kanwil, "role": "raja"]).status == .unprocessableEntity)
            // Admins cannot delete themselves; they can delete their users.
            #expect(try await admin.post("/admin/pengguna/\(try fixture.adminA.requireID())/hapus", form: [:]).status == .forbidden)
            #expect(try await admin.post("/admin/pengguna/\(pegawai)/hapus", form: [:]).status == .seeOther)
            #expect(try await User.find(pegawai, on: app.db) == nil)

            let (_, token) = try await Fixture.token(for: fixture.lapasA, on: app.db)
            #expect(try await admin.get("/admin/token").body.string.contains("Lapas Semarang"))
            #expect(try await admin.post("/admin/token/\(try token.requireID())/cabut", form: [:]).status == .seeOther)
            #expect(try await APIToken.find(token.id, on: app.db)?.revokedAt != nil)

            // A unit still holding a token is kept; an empty one can go.
            let lapas = try fixture.lapasA.requireID()
            #expect(try await admin.post("/admin/unit/\(lapas)/hapus", form: [:]).status == .unprocessableEntity)
            let empty = Unit(name: "Rupbasan Semarang", kind: .rupbasan, timeZone: .wib, parentID: try fixture.kanwilA.requireID())
            try await empty.create(on: app.db)
            #expect(try await admin.post("/admin/unit/\(try empty.requireID())/hapus", form: [:]).status == .seeOther)
            #expect(try await Unit.find(empty.id, on: app.db) == nil)
        }
    }
}
