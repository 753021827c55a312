@testable import BijakServer
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Admin changes to users, units and tokens are audited in the same transaction, and `/admin/audit` lists the
/// entries of the admin's units and checks the chain.
@Suite struct AuditWiringTests {
    @Test(arguments: TestDatabase.available)
    func adminChangesAreAuditedAndListedWithinScope(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            var admin = Browser(app)
            try await admin.signIn(fixture.adminA.nip, password: TestApp.password)
            let pegawai = try fixture.pegawaiA.requireID()
            let kanwil = try fixture.kanwilA.requireID().uuidString
            #expect(try await admin.post("/admin/pengguna/\(pegawai)", form: [
                "name": "Pegawai Semarang", "unit": kanwil, "role": "humas"]).status == .seeOther)
            #expect(try await admin.post("/admin/unit", form: [
                "name": "Bapas Semarang", "kind": "bapas", "zone": "WIB", "parent": kanwil]).status == .seeOther)
            #expect(try await admin.post("/admin/token", form: ["name": "humas-bot", "unit": kanwil]).status == .ok)
            let token = try #require(try await APIToken.query(on: app.db).filter(\.$name == "humas-bot").first())
            #expect(try await admin.post("/admin/token/\(try token.requireID())/cabut", form: [:]).status == .seeOther)

            let entries = try await AuditEntry.query(on: app.db).sort(\.$seq).all()
            #expect(entries.map(\.action) == ["user.update", "unit.create", "token.create", "token.revoke"])
            let update = try #require(entries.first)
            #expect(update.actorID == fixture.adminA.id && update.subjectID == pegawai.uuidString)
            let lapas = try fixture.lapasA.requireID().uuidString
            #expect(update.details.contains("pegawai->humas") && update.details.contains("\(lapas)->\(kanwil)"))
            // A refused change writes nothing.
            #expect(try await admin.post("/admin/pengguna/\(pegawai)", form: ["name": "X", "unit": kanwil, "role": "raja"]).status == .unprocessableEntity)
            #expect(try await AuditEntry.query(on: app.db).count() == 4)

            let page = try await admin.get("/admin/audit")
            #expect(page.status == .ok && page.body.string.contains("user.update") && page.body.string.contains("token.revoke"))
            let verified = try await admin.post("/admin/audit/verifikasi", form: [:])
            #expect(verified.status == .ok && verified.body.string.contains("data-intact=\"true\""))
            #expect(try await admin.post("/admin/audit/verifikasi", form: [:], csrf: "").status == .forbidden)

            // Another Kanwil's admin sees none of it; staff cannot open the page.
            var other = Browser(app)
            try await other.signIn(fixture.adminB.nip, password: TestApp.password)
            let otherPage = try await other.get("/admin/audit")
            #expect(otherPage.status == .ok && !otherPage.body.string.contains("user.update"))
            var staff = Browser(app)
            try await staff.signIn(fixture.pegawaiB.nip, password: TestApp.password)
            #expect(try await staff.get("/admin/audit").status == .forbidden)
            #expect(try await staff.post("/admin/audit/verifikasi", form: [:]).status == .forbidden)
            #expect(try await admin.get("/admin/audit?before=abc").status == .unprocessableEntity)
        }
    }
}
