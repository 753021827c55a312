@testable import BijakServer
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The Humas workflow over HTTP: accounts, drafts with versions and verdicts, every transition with its role
/// check, history row and audit entry; scope across Kanwil; the author never approves their own draft.
@Suite struct HumasWorkflowTests {
    /// Registers a Kanwil Jawa Tengah institutional account through the page and returns its id.
    static func registerAccount(_ browser: inout Browser, fixture: Fixture, app: Application) async throws -> UUID {
        let response = try await browser.post("/humas/akun", form: [
            "platform": "instagram", "handle": "@KanwilJateng.Pas", "unit": try fixture.kanwilA.requireID().uuidString])
        #expect(response.status == .seeOther)
        let account = try #require(try await SocialAccount.query(on: app.db).filter(\.$handle == "kanwiljateng.pas").first())
        #expect(account.kind == .institutional)
        return try account.requireID()
    }

    /// Kanwil Jawa Tengah's Humas officer, signed in, with the Kanwil's account registered.
    static func signedInOfficer(_ app: Application, _ fixture: Fixture) async throws -> (Browser, UUID) {
        var officer = Browser(app)
        try await officer.signIn(fixture.humasA.nip, password: TestApp.password)
        return (officer, try await registerAccount(&officer, fixture: fixture, app: app))
    }

    /// A draft written and submitted by Kanwil Jawa Tengah's officer: the officer, the account and the draft.
    static func submittedDraft(_ app: Application, _ fixture: Fixture) async throws -> (Browser, UUID, UUID) {
        var (officer, accountID) = try await signedInOfficer(app, fixture)
        let id = try await writeDraft(&officer, accountID: accountID)
        #expect(try await officer.post("/humas/draf/\(id)/ajukan", form: [:]).status == .seeOther)
        return (officer, accountID, id)
    }

    static func draftID(from response: TestingHTTPResponse) throws -> UUID {
        let location = try #require(response.headers.first(name: .location))
        return try #require(UUID(uuidString: String(location.split(separator: "/").last ?? "")))
    }

    static let goodText = "Layanan kunjungan online Lapas Semarang kini dibuka setiap hari kerja, daftar gratis tanpa perantara."
    static let blockedText = "bocoran nota dinas SANGAT RAHASIA soal mutasi pejabat, jgn disebar ya"

    /// Writes and saves a draft as `browser` and returns its id.
    static func writeDraft(_ browser: inout Browser, accountID: UUID, text: String = goodText,
                           caption: String = "Layanan kunjungan", planned: String = "2026-11-20T09:00") async throws -> UUID {
        let created = try await browser.post("/humas/draf", form: [
            "account": accountID.uuidString, "text": text, "caption1": caption,
            "alt1": "petugas melayani keluarga", "planned": planned, "intent": "save"])
        #expect(created.status == .seeOther)
        return try draftID(from: created)
    }

    static func status(_ id: UUID, _ app: Application) async throws -> DraftStatus? {
        try await HumasDraft.find(id, on: app.db)?.status
    }

    @Test(arguments: TestDatabase.available)
    func draftGoesFromWritingToPublishedWithEveryStepAudited(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let (signedIn, accountID) = try await Self.signedInOfficer(app, fixture)
            var officer = signedIn

            // "Periksa" shows the verdict and saves nothing.
            let checked = try await officer.post("/humas/draf", form: [
                "account": accountID.uuidString, "text": Self.blockedText, "intent": "check"])
            #expect(checked.status == .ok)
            #expect(checked.body.string.contains("data-decision=\"block\""))
            #expect(try await HumasDraft.query(on: app.db).count() == 0)

            let id = try await Self.writeDraft(&officer, accountID: accountID, text: Self.blockedText,
                                               caption: "Foto dokumen")
            let draft = try #require(try await HumasDraft.find(id, on: app.db))
            #expect(draft.status == .draft && draft.decision == "block" && draft.currentVersion == 1)
            // 09:00 WIB is 02:00 UTC.
            #expect(draft.plannedAt == ISO8601DateFormatter().date(from: "2026-11-20T02:00:00Z"))

            // A version Bijak would block cannot be submitted without a justification.
            #expect(try await officer.post("/humas/draf/\(id)/ajukan", form: [:]).status == .unprocessableEntity)
            #expect(try await Self.status(id, app) == .draft)

            // The author revises: version 2 with its own verdict, the first kept.
            #expect(try await officer.post("/humas/draf/\(id)", form: [
                "account": accountID.uuidString, "text": Self.goodText, "caption1": "Layanan kunjungan",
                "alt1": "petugas melayani keluarga", "planned": "2026-11-20T09:00", "intent": "save"]).status == .seeOther)
            let versions = try await HumasDraftVersion.query(on: app.db).filter(\.$draft.$id == id).sort(\.$number).all()
            try #require(versions.count == 2)
            #expect(versions.map(\.number) == [1, 2])
            #expect(versions.map(\.decision) == ["block", "allow"])
            #expect(versions[0].verdictJSON.contains("SE137-3"))
            #expect(versions[1].mediaJSON.contains("petugas melayani keluarga"))
            // "Periksa" on a saved draft shows the edited text's verdict and keeps the saved version as it was.
            let recheck = try await officer.post("/humas/draf/\(id)", form: [
                "account": accountID.uuidString, "text": Self.blockedText, "intent": "check"])
            #expect(recheck.status == .ok && recheck.body.string.contains("data-decision=\"block\""))
            #expect(try await HumasDraft.find(id, on: app.db)?.currentVersion == 2)
            #expect(try await officer.post("/humas/draf/\(id)/ajukan", form: [:]).status == .seeOther)
            #expect(try await Self.status(id, app) == .submitted)
            // Once submitted, the author can no longer change the text.
            #expect(try await officer.post("/humas/draf/\(id)", form: [
                "account": accountID.uuidString, "text": "diubah", "intent": "save"]).status == .unprocessableEntity)

            // The author cannot approve their own draft, through the page or the workflow itself.
            #expect(try await officer.post("/humas/draf/\(id)/setujui", form: [:]).status == .forbidden)
            #expect(!(try await officer.get("/humas/draf/\(id)")).body.string.contains("id=\"approve-form\""))
            let scopeA = try await UnitScope.of(fixture.humasA, on: app.db)
            await #expect(throws: AppError.forbidden) {
                try await DraftWorkflow.perform(.approve, on: try #require(try await HumasDraft.find(id, on: app.db)),
                                                by: fixture.humasA, scope: scopeA, input: .init(), database: app.db)
            }

            // The unit's admin returns it with a comment (required) and a suggestion.
            var approver = Browser(app)
            try await approver.signIn(fixture.adminA.nip, password: TestApp.password)
            #expect(try await approver.post("/humas/draf/\(id)/minta-ubah", form: [:]).status == .unprocessableEntity)
            #expect(try await approver.post("/humas/draf/\(id)/minta-ubah", form: [
                "comment": "Sebutkan jam layanan", "suggestion": Self.goodText + " Pukul 08.00-14.00 WIB."]).status == .seeOther)
            #expect(try await Self.status(id, app) == .changesRequested)
            #expect(try await officer.get("/humas/draf/\(id)").body.string.contains("Sebutkan jam layanan"))
            #expect(try await officer.post("/humas/draf/\(id)", form: [
                "account": accountID.uuidString, "text": Self.goodText + " Pukul 08.00-14.00 WIB.",
                "intent": "save"]).status == .seeOther)
            #expect(try await officer.post("/humas/draf/\(id)/ajukan", form: [:]).status == .seeOther)

            // Approval (into the content library), scheduling and publication.
            let approvePage = try await approver.get("/humas/draf/\(id)")
            #expect(approvePage.body.string.contains("id=\"approve-form\""))
            #expect(try await approver.post("/humas/draf/\(id)/setujui", form: ["library": "on"]).status == .seeOther)
            #expect(try await approver.post("/humas/draf/\(id)/setujui", form: [:]).status == .unprocessableEntity)
            #expect(try await officer.post("/humas/draf/\(id)/jadwalkan", form: [:]).status == .unprocessableEntity)
            #expect(try await officer.post("/humas/draf/\(id)/jadwalkan", form: ["planned": "2026-11-21T10:30"]).status == .seeOther)
            // The calendar of the unit shows the scheduled post on its day, at its local time.
            let calendar = try await officer.get("/humas/kalender?bulan=2026-11")
            #expect(calendar.body.string.contains("href=\"/humas/draf/\(id)\">10:30"))
            #expect(!(try await officer.get("/humas/kalender?bulan=2026-12")).body.string.contains(id.uuidString))
            #expect(try await officer.get("/humas/kalender?bulan=2026-13").status == .unprocessableEntity)
            #expect(try await officer.post("/humas/draf/\(id)/terbitkan", form: ["url": "javascript:alert(1)"]).status == .unprocessableEntity)
            #expect(try await officer.post("/humas/draf/\(id)/terbitkan", form: [
                "url": "https://instagram.com/p/abc"]).status == .seeOther)
            let published = try #require(try await HumasDraft.find(id, on: app.db))
            #expect(published.status == .published && published.currentVersion == 3)
            #expect(published.approvedBy == fixture.adminA.id && published.inLibrary)
            #expect(published.publishedURL == "https://instagram.com/p/abc")

            let steps = try await HumasDraftEvent.query(on: app.db).filter(\.$draft.$id == id).sort(\.$at).all().map(\.action)
            #expect(steps == ["create", "revise", "submit", "request_changes", "revise", "submit", "approve",
                              "schedule", "publish"])
            let audited = try await AuditEntry.query(on: app.db).filter(\.$subjectID == id.uuidString).sort(\.$seq).all()
            #expect(audited.map(\.action) == steps.map { "humas.\($0)" })
            #expect(audited.allSatisfy { $0.unitID == fixture.kanwilA.id })
            // Submitting checks the version again and records the decision it had then.
            #expect(audited.first { $0.action == "humas.submit" }?.details.contains(#""decision":"allow""#) == true)
            #expect(try await AuditLog.verify(on: app.db).isIntact)

            // The same pages in English.
            #expect(try await officer.get("/humas?lang=en").body.string.contains("Public relations: drafts"))
            let english = try await officer.get("/humas/draf/\(id)")
            #expect(english.body.string.contains("Published") && english.body.string.contains("requested changes"))
            for path in ["/humas/kalender", "/humas/arsip", "/humas/pustaka", "/humas/akun", "/humas/draf/baru"] {
                #expect(try await officer.get(path).status == .ok, "\(path)")
            }

            // Staff find it in the content library; the archive finds and exports it.
            var staff = Browser(app)
            try await staff.signIn(fixture.pegawaiA.nip, password: TestApp.password)
            #expect(try await staff.get("/humas").headers.first(name: .location) == "/humas/pustaka")
            #expect(try await staff.get("/humas/pustaka").body.string.contains("Pukul 08.00-14.00"))
            let archive = try await officer.get("/humas/arsip?q=KUNJUNGAN&dari=2020-01-01")
            #expect(archive.body.string.contains("Pukul 08.00-14.00"))
            #expect(!(try await officer.get("/humas/arsip?q=tidak-ada-kata-ini")).body.string.contains("Pukul 08.00-14.00"))
            let csv = try await officer.get("/humas/arsip?format=csv")
            #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            #expect(csv.body.string.hasPrefix("published_at,account,unit,author,decision,url,text\r\n"))
            #expect(csv.body.string.contains("\"instagram @kanwiljateng.pas\""))
            let json = try await officer.get("/humas/arsip?format=json")
            let rows = try JSONDecoder().decode([[String: String]].self, from: Data(json.body.string.utf8))
            #expect(rows.count == 1 && rows[0]["url"] == "https://instagram.com/p/abc")
            #expect(try await officer.get("/humas/arsip?format=xml").status == .unprocessableEntity)
            #expect(try await officer.get("/humas/arsip?dari=kemarin").status == .unprocessableEntity)
        }
    }

    @Test(arguments: TestDatabase.available)
    func otherKanwilOtherRolesAndChildUnitsAreRefused(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let (submitted, accountID, id) = try await Self.submittedDraft(app, fixture)
            var officer = submitted

            // Another Kanwil's admin sees nothing of it and cannot act on it.
            var otherAdmin = Browser(app)
            try await otherAdmin.signIn(fixture.adminB.nip, password: TestApp.password)
            #expect(try await otherAdmin.get("/humas/draf/\(id)").status == .notFound)
            #expect(try await otherAdmin.post("/humas/draf/\(id)/setujui", form: [:]).status == .notFound)
            #expect(!(try await otherAdmin.get("/humas")).body.string.contains(id.uuidString))
            #expect(!(try await otherAdmin.get("/humas/arsip?format=csv")).body.string.contains("kanwiljateng"))
            // ... and cannot write for an account outside their scope, or register one there.
            #expect(try await otherAdmin.post("/humas/draf", form: [
                "account": accountID.uuidString, "text": "x", "intent": "save"]).status == .unprocessableEntity)
            #expect(try await otherAdmin.post("/humas/akun", form: [
                "platform": "x", "handle": "lain", "unit": try fixture.kanwilA.requireID().uuidString]).status == .forbidden)
            #expect(try await otherAdmin.get("/humas/kalender?unit=\(try fixture.kanwilA.requireID())").status == .forbidden)

            // Compliance reads but does not approve; staff do neither.
            var patnal = Browser(app)
            try await patnal.signIn(fixture.patnalB.nip, password: TestApp.password)
            #expect(try await patnal.post("/humas/draf/\(id)/setujui", form: [:]).status == .forbidden)
            var staff = Browser(app)
            try await staff.signIn(fixture.pegawaiA.nip, password: TestApp.password)
            #expect(try await staff.get("/humas/draf/\(id)").status == .forbidden)
            #expect(try await staff.post("/humas/draf/\(id)/setujui", form: [:]).status == .forbidden)
            #expect(try await staff.get("/humas/akun").status == .forbidden)
            #expect(try await staff.get("/humas/arsip").status == .forbidden)

            // A Humas officer of a child unit does not approve the Kanwil's draft (its unit is not in their scope).
            let hash = try app.password.hash(TestApp.password)
            let childHumas = User(name: "Humas Lapas", nip: "199207072017072007", passwordHash: hash, role: .humas,
                                  unitID: try fixture.lapasA.requireID())
            try await childHumas.create(on: app.db)
            var child = Browser(app)
            try await child.signIn(childHumas.nip, password: TestApp.password)
            #expect(try await child.post("/humas/draf/\(id)/setujui", form: [:]).status == .notFound)

            // A rejection needs a comment and ends the workflow.
            var approver = Browser(app)
            try await approver.signIn(fixture.adminA.nip, password: TestApp.password)
            #expect(try await approver.post("/humas/draf/\(id)/tolak", form: ["comment": "  "]).status == .unprocessableEntity)
            #expect(try await approver.post("/humas/draf/\(id)/tolak", form: ["comment": "Tidak sesuai agenda"]).status == .seeOther)
            #expect(try await Self.status(id, app) == .rejected)
            #expect(try await officer.post("/humas/draf/\(id)/ajukan", form: [:]).status == .unprocessableEntity)
            #expect(try await approver.post("/humas/draf/\(id)/terbitkan", form: [:]).status == .unprocessableEntity)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "humas.reject").count() == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func badInputIsRefusedWithoutLosingTheDraft(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let (signedIn, accountID) = try await Self.signedInOfficer(app, fixture)
            var officer = signedIn
            let account = accountID.uuidString
            #expect(try await officer.post("/humas/akun", form: [
                "platform": "instagram", "handle": "kanwiljateng.pas", "unit": try fixture.kanwilA.requireID().uuidString])
                .status == .unprocessableEntity)
            #expect(try await officer.post("/humas/akun", form: [
                "platform": "myspace", "handle": "a", "unit": try fixture.kanwilA.requireID().uuidString]).status == .unprocessableEntity)
            #expect(try await officer.post("/humas/akun", form: [
                "platform": "x", "handle": "bad handle\u{202E}", "unit": try fixture.kanwilA.requireID().uuidString]).status == .unprocessableEntity)
            for form in [["account": account, "text": "", "intent": "save"],
                         ["account": account, "text": String(repeating: "a", count: 5_001), "intent": "save"],
                         ["account": "bukan-uuid", "text": "x", "intent": "save"],
                         ["account": account, "text": "x", "planned": "besok pagi", "intent": "save"],
                         ["account": account, "text": "x", "caption1": String(repeating: "b", count: 2_001)]] {
                #expect(try await officer.post("/humas/draf", form: form).status == .unprocessableEntity)
            }
            // Control and bidi characters are kept as written and checked like any text.
            let id = try await Self.writeDraft(&officer, accountID: accountID, text: "Layanan\u{202E} kunjungan\u{0007} dibuka")
            #expect(try await HumasDraft.find(id, on: app.db)?.text == "Layanan\u{202E} kunjungan\u{0007} dibuka")
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let invalid = try await officer.send(.POST, "/humas/draf/\(id)", headers: headers,
                                                 body: ByteBuffer(bytes: Array("csrf=test-csrf-token-0123456789&text=%FF%FE".utf8)))
            #expect(invalid.status.code >= 400 && invalid.status.code < 500)
            #expect(try await HumasDraft.find(id, on: app.db)?.currentVersion == 1)
            #expect(try await officer.post("/humas/draf/\(id)/terbang", form: [:]).status == .notFound)
            #expect(try await officer.get("/humas/draf/\(UUID())").status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.available)
    func twoApproversActingAtOnceCannotBothSucceed(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let (_, _, id) = try await Self.submittedDraft(app, fixture)
            let root = try await User.query(on: app.db).filter(\.$nip == "admin").first()
            let approvers = [fixture.adminA, try #require(root)]
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for (index, approver) in approvers.enumerated() {
                    group.addTask {
                        let scope = try await UnitScope.of(approver, on: app.db)
                        guard let draft = try await HumasDraft.find(id, on: app.db) else { return false }
                        do {
                            try await DraftWorkflow.perform(index == 0 ? .approve : .reject, on: draft, by: approver,
                                                            scope: scope, input: .init(comment: "keputusan"),
                                                            database: app.db)
                            return true
                        } catch {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            let decisions = try await HumasDraftEvent.query(on: app.db).filter(\.$draft.$id == id)
                .filter(\.$action ~~ ["approve", "reject"]).count()
            #expect(decisions == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action ~~ ["humas.approve", "humas.reject"]).count() == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func retentionDeletesOnlyOldPublishedPosts(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let (signedIn, accountID) = try await Self.signedInOfficer(app, fixture)
            var officer = signedIn
            let old = try await Self.writeDraft(&officer, accountID: accountID)
            let recent = try await Self.writeDraft(&officer, accountID: accountID)
            let pending = try await Self.writeDraft(&officer, accountID: accountID)
            for (id, days) in [(old, 400.0), (recent, 10.0)] {
                let draft = try #require(try await HumasDraft.find(id, on: app.db))
                draft.status = .published
                draft.publishedAt = Date().addingTimeInterval(-days * 86_400)
                try await draft.save(on: app.db)
            }
            #expect(try await HumasArchive.purge(olderThanDays: 365, on: app.db) == 1)
            #expect(try await HumasDraft.find(old, on: app.db) == nil)
            #expect(try await HumasDraftVersion.query(on: app.db).filter(\.$draft.$id == old).count() == 0)
            #expect(try await HumasDraft.find(recent, on: app.db) != nil)
            #expect(try await HumasDraft.find(pending, on: app.db) != nil)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "humas.purge").count() == 1)
            #expect(try await HumasArchive.purge(olderThanDays: 365, on: app.db) == 0)
        }
    }
}
