@testable import BijakServer
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Sign-in, throttling, sign-out, session expiry, and the private history.
@Suite struct SignInTests {
    @Test(arguments: TestDatabase.available)
    func signInSaveHistoryAndSignOut(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            var browser = Browser(app)
            let anonymous = try await browser.get("/riwayat")
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers.first(name: .location) == "/masuk?next=/riwayat")

            let wrong = try await browser.signIn(fixture.pegawaiA.nip, password: "salah-sekali-123")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.string.contains("NIP atau kata sandi salah"))
            let signedIn = try await browser.signIn(fixture.pegawaiA.nip, password: TestApp.password)
            #expect(signedIn.status == .seeOther)
            #expect(browser.cookies["bijak_session"] != nil)

            let checkPage = try await browser.get("/")
            #expect(checkPage.body.string.contains("name=\"save\""))
            let checked = try await browser.post("/cek", form: ["text": "Ayo coblos nomor 2!", "save": "on"])
            #expect(checked.body.string.contains("Disimpan ke riwayat Anda"))
            _ = try await browser.post("/cek", form: ["text": "Tidak disimpan"])
            let saved = try await SavedCheck.query(on: app.db).all()
            #expect(saved.count == 1)
            #expect(saved.first?.$user.id == fixture.pegawaiA.id)

            let history = try await browser.get("/riwayat")
            #expect(history.body.string.contains("Ayo coblos nomor 2!"))
            let id = try #require(saved.first?.id)
            let entry = try await browser.get("/riwayat/\(id)")
            #expect(entry.status == .ok)
            #expect(entry.body.string.contains("<mark"))

            // Another user can neither read nor delete it.
            var other = Browser(app)
            try await other.signIn(fixture.pegawaiB.nip, password: TestApp.password)
            #expect(try await other.get("/riwayat/\(id)").status == .notFound)
            #expect(try await other.post("/riwayat/\(id)/hapus", form: [:]).status == .notFound)
            #expect(!(try await other.get("/riwayat")).body.string.contains("Ayo coblos"))

            #expect(try await browser.post("/riwayat/\(id)/hapus", form: [:]).status == .seeOther)
            #expect(try await SavedCheck.query(on: app.db).count() == 0)

            let signedOut = try await browser.post("/keluar", form: [:])
            #expect(signedOut.status == .seeOther)
            #expect(browser.cookies["bijak_session"] == nil)
            #expect(try await browser.get("/riwayat").status == .seeOther)
            #expect(try await SessionEntry.query(on: app.db).count() == 1)  // the other browser's
        }
    }

    @Test(arguments: TestDatabase.available)
    func signInIsThrottledPerAccountAndPerAddress(database: TestDatabase) async throws {
        try await TestApp.with(database, modify: { $0.signInMaxPerAccount = 3; $0.signInMaxPerAddress = 5 }) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            // Sign-in failures count per 15-minute window; a run straddling its end would start counting afresh.
            try await MinuteWindow.waitForFreshWindow(window: 15 * 60, margin: 60)
            var browser = Browser(app)
            for _ in 0..<3 {
                #expect(try await browser.signIn(fixture.humasA.nip, password: "bukan-sandinya-1").status == .unauthorized)
            }
            // Even the right password is refused now, for this account.
            let throttled = try await browser.signIn(fixture.humasA.nip, password: TestApp.password)
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.headers.first(name: .retryAfter) != nil)
            // Two more failures on other accounts reach the address limit (5).
            for nip in [fixture.adminB.nip, fixture.patnalB.nip] {
                #expect(try await browser.signIn(nip, password: "bukan-sandinya-1").status == .unauthorized)
            }
            #expect(try await browser.signIn(fixture.pegawaiB.nip, password: TestApp.password).status == .tooManyRequests)
        }
    }

    @Test(arguments: TestDatabase.available)
    func sessionsExpire(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            var browser = Browser(app)
            try await browser.signIn(fixture.pegawaiA.nip, password: TestApp.password)
            #expect(try await browser.get("/riwayat").status == .ok)
            let session = try #require(try await SessionEntry.query(on: app.db).first())
            #expect(session.expiresAt > Date().addingTimeInterval(479 * 60))
            session.expiresAt = Date().addingTimeInterval(-1)
            try await session.save(on: app.db)
            #expect(try await browser.get("/riwayat").status == .seeOther)
            #expect(try await SessionEntry.query(on: app.db).count() == 0)
        }
    }

    @Test func firstStartCreatesOneAdministrator() async throws {
        let store = TestDatabase.sqlite.makeStore()
        var configuration = TestApp.configuration(store)
        configuration.adminPassword = nil
        // Each application is shut down before it is released, also when a step fails (Vapor asserts it).
        let first = try await Application.make(.testing)
        do {
            let created = try await BijakApplication.configure(first, configuration: configuration,
                                                               engine: TestApp.engine, passwordCost: 4)
            let password = try #require(created?.oneTimePassword)
            #expect(password.count >= 16)
            var browser = Browser(first)
            #expect(try await browser.signIn("admin", password: password).status == .seeOther)
            #expect(try await browser.get("/admin/unit").body.string.contains("Direktorat Jenderal Pemasyarakatan"))
        } catch {
            await TestApp.close(first, store: store)
            throw error
        }
        await TestApp.close(first, store: nil)
        let second = try await Application.make(.testing)
        do {
            let again = try await BijakApplication.configure(second, configuration: configuration,
                                                             engine: TestApp.engine, passwordCost: 4)
            #expect(again == nil)
            #expect(try await User.query(on: second.db).count() == 1)
        } catch {
            await TestApp.close(second, store: store)
            throw error
        }
        await TestApp.close(second, store: store)
    }
}
