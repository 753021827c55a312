@testable import BijakServer
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Cases: opened from a confirmed review or a complaint, moved only along allowed stages, decided by people,
/// seen by the reported person only once notified and never with an anonymous reporter.
@Suite struct CaseTests {
    /// Opens a case from a confirmed review item as `patnal` and returns its id.
    private func caseFromReview(_ app: Application, _ fixture: OversightFixture, _ patnal: inout Browser) async throws -> UUID {
        let item = try await OversightFixture.reviewItem(text: OversightFixture.flaggedText, owner: fixture.base.pegawaiA, on: app.db)
        let id = try item.requireID()
        #expect(try await patnal.post("/pengawasan/antrian/\(id)/konfirmasi", form: ["extra_rules": "SE137-1", "note": "kampanye"]).status == .seeOther)
        #expect(try await patnal.get("/pengawasan/antrian/\(id)").body.string.contains("/pengawasan/antrian/\(id)/kasus"))
        let opened = try await patnal.post("/pengawasan/antrian/\(id)/kasus", form: [:])
        #expect(opened.status == .seeOther)
        let location = try #require(opened.headers.first(name: .location))
        // Opening twice leads to the same case.
        #expect(try await patnal.post("/pengawasan/antrian/\(id)/kasus", form: [:]).headers.first(name: .location) == location)
        return try #require(UUID(uuidString: String(location.dropFirst("/kasus/".count))))
    }

    @Test(arguments: TestDatabase.available)
    func caseRunsFromReviewToDecisionWithHistoryAndAudit(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            var patnal = Browser(app)
            try await patnal.signIn(fixture.patnalA.nip, password: TestApp.password)
            let caseID = try await caseFromReview(app, fixture, &patnal)
            let stored = try #require(try await EthicsCase.find(caseID, on: app.db))
            #expect(stored.unitID == fixture.base.lapasA.id && stored.subjectUserID == fixture.base.pegawaiA.id)
            #expect(CaseEvidence.holds(stored) && stored.evidenceText == OversightFixture.flaggedText)
            let page = try await patnal.get("/kasus/\(caseID)")
            #expect(page.status == .ok && page.body.string.contains(stored.evidenceSHA256))
            #expect(page.body.string.contains("SE137-1:"))  // the rulebook's sanction text, as a suggestion

            var subject = Browser(app)
            try await subject.signIn(fixture.base.pegawaiA.nip, password: TestApp.password)
            // Not yet notified: the reported person does not see the case.
            #expect(try await subject.get("/kasus/\(caseID)").status == .notFound)
            #expect(!(try await subject.get("/kasus").body.string.contains(caseID.uuidString)))

            // Only allowed moves; a decision is never a bare status change.
            #expect(try await patnal.post("/kasus/\(caseID)/status", form: ["status": "decided"]).status == .unprocessableEntity)
            #expect(try await patnal.post("/kasus/\(caseID)/status", form: ["status": "hearing"]).status == .unprocessableEntity)
            #expect(try await patnal.post("/kasus/\(caseID)/status", form: ["status": "under_review", "note": "periksa"]).status == .seeOther)
            #expect(try await patnal.post("/kasus/\(caseID)/putusan", form: ["moral": "open", "note": "x"]).status == .unprocessableEntity)
            #expect(try await patnal.post("/kasus/\(caseID)/status", form: ["status": "hearing"]).status == .seeOther)
            #expect(try await subject.get("/kasus/\(caseID)").status == .ok)
            #expect(try await subject.post("/kasus/\(caseID)/status", form: ["status": "closed"]).status == .forbidden)

            #expect(try await patnal.post("/kasus/\(caseID)/sidang", form: ["date": "2026-13-01", "panel": "Majelis"]).status == .unprocessableEntity)
            #expect(try await patnal.post("/kasus/\(caseID)/sidang", form: ["date": "2026-12-01", "panel": "Ketua Patnal, dua anggota"]).status == .seeOther)
            // Contradictory or incomplete outcomes are refused.
            for form in [["not_proven": "on", "moral": "open", "note": "x"], ["note": "tanpa putusan"],
                         ["discipline": "light:tpk_25_6_bulan", "note": "x"], ["discipline": "light", "note": "x"],
                         ["moral": "closed"], ["referral": "dukun", "note": "x"]] {
                #expect(try await patnal.post("/kasus/\(caseID)/putusan", form: form).status == .unprocessableEntity)
            }
            #expect(try await patnal.post("/kasus/\(caseID)/putusan", form: [
                "moral": "closed", "discipline": "medium:tpk_25_6_bulan", "note": "terbukti berkampanye"]).status == .seeOther)
            let decided = try #require(try await EthicsCase.find(caseID, on: app.db))
            #expect(decided.status == .decided && decided.outcomeMoral == "closed" && decided.outcomeDisciplineLevel == "medium"
                    && decided.decidedBy == fixture.patnalA.id)
            #expect(try await patnal.post("/kasus/\(caseID)/putusan", form: ["moral": "open", "note": "lagi"]).status == .unprocessableEntity)
            #expect(try await subject.get("/kasus/\(caseID)").body.string.contains("pernyataan secara tertutup"))

            let report = try await patnal.get("/kasus/\(caseID)/cetak")
            #expect(report.status == .ok && report.body.string.contains(decided.evidenceSHA256))
            #expect(report.body.string.contains("pemotongan tunjangan kinerja 25% selama 6 bulan"))
            #expect(!report.body.string.contains("<script"))
            let events = try await CaseEvent.query(on: app.db).filter(\.$caseID == caseID).count()
            #expect(events == 5)  // opened, under review, hearing, hearing recorded, outcome
            let actions = try await AuditEntry.query(on: app.db).filter(\.$subjectID == caseID.uuidString).sort(\.$seq).all().map(\.action)
            #expect(actions == ["case.open", "case.status", "case.status", "case.hearing", "case.decide"])

            // An appeal goes back to a hearing and a new outcome; the history keeps both.
            #expect(try await patnal.post("/kasus/\(caseID)/status", form: ["status": "appealed", "note": "banding"]).status == .seeOther)
            #expect(try await patnal.post("/kasus/\(caseID)/status", form: ["status": "hearing"]).status == .seeOther)
            #expect(try await patnal.post("/kasus/\(caseID)/putusan", form: ["not_proven": "on", "note": "banding diterima"]).status == .seeOther)
            let appealed = try #require(try await EthicsCase.find(caseID, on: app.db))
            #expect(appealed.status == .decided && appealed.outcomeNotProven == true && appealed.outcomeMoral == nil)
            #expect(try await patnal.post("/kasus/\(caseID)/status", form: ["status": "closed"]).status == .seeOther)
            #expect(try await subject.get("/kasus/\(caseID)").status == .ok)
            #expect(try await patnal.post("/kasus/\(caseID)/status", form: ["status": "open"]).status == .unprocessableEntity)

            // Another Kanwil's reviewer and admin never see it; humas neither.
            for person in [fixture.base.patnalB, fixture.base.adminB, fixture.base.humasA, fixture.base.pegawaiB] {
                var other = Browser(app)
                try await other.signIn(person.nip, password: TestApp.password)
                #expect(try await other.get("/kasus/\(caseID)").status == .notFound)
                #expect(try await other.get("/kasus/\(caseID)/cetak").status == .notFound)
                #expect(!(try await other.get("/kasus").body.string.contains(caseID.uuidString)))
            }
            // The admin of the unit reads it but cannot act.
            var admin = Browser(app)
            try await admin.signIn(fixture.base.adminA.nip, password: TestApp.password)
            #expect(try await admin.get("/kasus/\(caseID)").status == .ok)
            #expect(try await admin.post("/kasus/\(caseID)/status", form: ["status": "closed"]).status == .forbidden)
        }
    }

    @Test(arguments: TestDatabase.available)
    func evidenceVerificationDetectsAChange(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            var patnal = Browser(app)
            try await patnal.signIn(fixture.patnalA.nip, password: TestApp.password)
            let caseID = try await caseFromReview(app, fixture, &patnal)
            let strings = UIStrings.table(.indonesian)
            #expect(try await patnal.get("/kasus/\(caseID)/verifikasi").body.string.contains(try #require(strings["evidence_intact"])))
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.update(EthicsCase.schema).set("evidence_url", to: "https://contoh.id/lain")
                .where("id", .equal, caseID).run()
            #expect(try await patnal.get("/kasus/\(caseID)/verifikasi").body.string.contains(try #require(strings["evidence_broken"])))
        }
    }

    @Test(arguments: TestDatabase.available)
    func anonymousComplaintHidesTheReporterFromTheReportedPerson(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            var reporter = Browser(app)
            try await reporter.signIn(fixture.base.pegawaiB.nip, password: TestApp.password)
            #expect(try await reporter.get("/laporan").status == .ok)
            let form = ["subject_name": "Pegawai Semarang", "subject_nip": fixture.base.pegawaiA.nip, "platform": "instagram",
                        "handle": "@Pegawai.Smg", "url": "https://instagram.com/p/1", "posted_on": "2026-11-01",
                        "text": "Hina atasan di unggahan", "summary": "Menghina atasan", "anonymous": "on"]
            for (field, bad) in [("platform", "myspace"), ("url", "javascript:alert(1)"), ("text", ""),
                                 ("subject_nip", "123"), ("posted_on", "kemarin"), ("summary", "a\u{0007}b"),
                                 ("text", String(repeating: "x", count: 10_001))] {
                var broken = form
                broken[field] = bad
                #expect(try await reporter.post("/laporan", form: broken).status == .unprocessableEntity)
            }
            #expect(try await reporter.post("/laporan", form: form).headers.first(name: .location) == "/laporan?terkirim=1")
            let ethicsCase = try #require(try await EthicsCase.query(on: app.db).first())
            #expect(ethicsCase.unitID == fixture.base.lapasA.id && ethicsCase.reporterID == fixture.base.pegawaiB.id
                    && ethicsCase.reporterAnonymous && ethicsCase.evidenceHandle == "pegawai.smg")
            let caseID = try ethicsCase.requireID()

            var patnal = Browser(app)
            try await patnal.signIn(fixture.patnalA.nip, password: TestApp.password)
            #expect(try await patnal.get("/kasus/\(caseID)").body.string.contains("Pegawai Denpasar"))
            var admin = Browser(app)
            try await admin.signIn(fixture.base.adminA.nip, password: TestApp.password)
            #expect(!(try await admin.get("/kasus/\(caseID)").body.string.contains("Pegawai Denpasar")))
            #expect(!(try await admin.get("/admin/audit").body.string.contains("Pegawai Denpasar")))

            #expect(try await patnal.post("/kasus/\(caseID)/status", form: ["status": "under_review"]).status == .seeOther)
            #expect(try await patnal.post("/kasus/\(caseID)/status", form: ["status": "hearing"]).status == .seeOther)
            var subject = Browser(app)
            try await subject.signIn(fixture.base.pegawaiA.nip, password: TestApp.password)
            for path in ["/kasus", "/kasus/\(caseID)", "/kasus/\(caseID)/cetak"] {
                let response = try await subject.get(path)
                #expect(response.status == .ok)
                #expect(!response.body.string.contains("Pegawai Denpasar"))
                #expect(!response.body.string.contains(fixture.base.pegawaiB.nip))
            }
            #expect(try await subject.get("/kasus").body.string.contains(caseID.uuidString))
            let english = try await subject.get("/kasus/\(caseID)?lang=en").body.string
            #expect(english.contains("Reported person") && english.contains("withheld") && english.contains("ethics hearing"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func overdueCasesAreMarkedAndFiltered(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            var patnal = Browser(app)
            try await patnal.signIn(fixture.patnalA.nip, password: TestApp.password)
            let late = try await caseFromReview(app, fixture, &patnal)
            let onTime = try await caseFromReview(app, fixture, &patnal)
            let stored = try #require(try await EthicsCase.find(late, on: app.db))
            #expect(abs(stored.deadlineAt.timeIntervalSinceNow - Double(CaseDeadline.defaultDays) * 86_400) < 3_600)
            stored.deadlineAt = Date().addingTimeInterval(-86_400)
            try await stored.save(on: app.db)
            let overdue = try await patnal.get("/kasus?overdue=1").body.string
            #expect(overdue.contains(late.uuidString) && !overdue.contains(onTime.uuidString))
            #expect(overdue.contains(try #require(UIStrings.table(.indonesian)["case_overdue"])))
            #expect(try await patnal.get("/kasus?status=tidur").status == .unprocessableEntity)
            #expect(throws: ConfigurationError.self) { try CaseDeadline.days(environment: ["BIJAK_CASE_DEADLINE_DAYS": "0"]) }
            #expect(try CaseDeadline.days(environment: ["BIJAK_CASE_DEADLINE_DAYS": "30"]) == 30)
        }
    }

    @Test(arguments: TestDatabase.available)
    func twoPeopleMovingACaseAtOnceCannotBothWin(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            var patnal = Browser(app)
            try await patnal.signIn(fixture.patnalA.nip, password: TestApp.password)
            let caseID = try await caseFromReview(app, fixture, &patnal)
            let seen = try #require(try await EthicsCase.find(caseID, on: app.db))
            let db = app.db
            let one = fixture.patnalA, two = fixture.patnalA2
            async let first: Bool = { (try? await CaseTransitions.move(seen, to: .underReview, note: nil, by: one, on: db)) != nil }()
            async let second: Bool = { (try? await CaseTransitions.move(seen, to: .closed, note: nil, by: two, on: db)) != nil }()
            let results = await [first, second]
            #expect(results.filter { $0 }.count == 1)
            let stored = try #require(try await EthicsCase.find(caseID, on: app.db))
            #expect(stored.status == (results[0] ? .underReview : .closed))
            #expect(try await CaseEvent.query(on: app.db).filter(\.$caseID == caseID).count() == 2)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "case.status").count() == 1)
        }
    }
}
