@testable import BijakServer
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Retention deletes only what has expired and audits the run; an access request exports one person's data to the
/// admin of their unit, without an anonymous reporter.
@Suite struct PrivacyTests {
    @Test(arguments: TestDatabase.available)
    func retentionDeletesExpiredRecordsOnlyAndAuditsTheRun(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            let old = Date().addingTimeInterval(-400 * 86_400)
            // An old allowed post nobody queued, and a recent one.
            let oldPost = try await OversightFixture.reviewItem(text: "Selamat pagi semua", owner: fixture.base.pegawaiA, on: app.db)
            try await ReviewItem.query(on: app.db).filter(\.$id == oldPost.requireID()).delete()
            try await MonitoredPost.query(on: app.db).filter(\.$id == oldPost.$post.id)
                .set(\.$decision, to: "allow").set(\.$capturedAt, to: old).update()
            let recent = try await OversightFixture.reviewItem(text: "Selamat siang", owner: fixture.base.pegawaiA, on: app.db)
            try await ReviewItem.query(on: app.db).filter(\.$id == recent.requireID()).delete()
            try await MonitoredPost.query(on: app.db).filter(\.$id == recent.$post.id).set(\.$decision, to: "allow").update()
            // An old dismissed review, and an old confirmed one a case still refers to.
            let dismissed = try await OversightFixture.reviewItem(text: OversightFixture.flaggedText, owner: fixture.base.pegawaiA, on: app.db)
            try await ReviewTransitions.decide(dismissed, .dismiss(reason: "tidak"), by: fixture.patnalA, on: app.db, now: Date().addingTimeInterval(-800 * 86_400))
            let kept = try await OversightFixture.reviewItem(text: OversightFixture.flaggedText + " lagi", owner: fixture.base.pegawaiA, on: app.db)
            try await ReviewTransitions.decide(kept, .confirm(rules: ["SE137-1"], note: nil), by: fixture.patnalA, on: app.db, now: Date().addingTimeInterval(-800 * 86_400))
            var patnal = Browser(app)
            try await patnal.signIn(fixture.patnalA.nip, password: TestApp.password)
            #expect(try await patnal.post("/pengawasan/antrian/\(try kept.requireID())/kasus", form: [:]).status == .seeOther)

            let dry = try await RetentionJob.run(RetentionPolicy(), dryRun: true, on: app.db)
            #expect(dry == .init(unflaggedPosts: 1, decidedReviews: 1, closedCases: 0, savedChecks: 0, sessions: 0))
            #expect(try await MonitoredPost.query(on: app.db).count() == 4)
            let entriesBefore = try await AuditEntry.query(on: app.db).count()

            let counts = try await RetentionJob.run(RetentionPolicy(), dryRun: false, on: app.db)
            #expect(counts == dry)
            #expect(try await MonitoredPost.find(oldPost.$post.id, on: app.db) == nil)
            #expect(try await MonitoredPost.find(recent.$post.id, on: app.db) != nil)
            #expect(try await ReviewItem.find(dismissed.id, on: app.db) == nil)
            #expect(try await ReviewItem.find(kept.id, on: app.db) != nil)
            let run = try #require(try await AuditEntry.query(on: app.db).sort(\.$seq, .descending).first())
            #expect(run.action == "retention.run" && run.details.contains("\"unflagged_posts\":\"1\""))
            #expect(try await AuditEntry.query(on: app.db).count() == entriesBefore + 1)
            #expect(try await AuditLog.verify(on: app.db).isIntact)
            // Nothing left to delete on a second run.
            #expect(try await RetentionJob.run(RetentionPolicy(), dryRun: false, on: app.db) == .init())
            #expect(throws: ConfigurationError.self) {
                try RetentionPolicy.fromEnvironment(["BIJAK_RETAIN_SESSIONS_DAYS": "sebentar"])
            }
            #expect(try RetentionPolicy.fromEnvironment(["BIJAK_RETAIN_SESSIONS_DAYS": "7"]).sessionsDays == 7)
        }
    }

    @Test(arguments: TestDatabase.available)
    func accessRequestExportsOnePersonWithoutAnAnonymousReporter(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            try await OversightFixture.reviewItem(text: OversightFixture.flaggedText, owner: fixture.base.pegawaiA, on: app.db)
            var reporter = Browser(app)
            try await reporter.signIn(fixture.base.pegawaiB.nip, password: TestApp.password)
            #expect(try await reporter.post("/laporan", form: [
                "subject_name": "Pegawai Semarang", "subject_nip": fixture.base.pegawaiA.nip, "platform": "x",
                "handle": "lain", "text": "isi", "summary": "ringkas", "anonymous": "on"]).status == .seeOther)

            let attempt = TrainingAttempt()
            attempt.userID = try fixture.base.pegawaiA.requireID()
            attempt.unitID = fixture.base.pegawaiA.$unit.id
            attempt.questionIDs = "[]"
            attempt.total = 10
            attempt.percent = 90
            attempt.passed = true
            attempt.certificateCode = "KODEUJI12345"
            attempt.startedAt = Date()
            try await attempt.create(on: app.db)

            var admin = Browser(app)
            try await admin.signIn(fixture.base.adminA.nip, password: TestApp.password)
            let pegawai = try fixture.base.pegawaiA.requireID()
            let response = try await admin.get("/admin/pengguna/\(pegawai)/data")
            #expect(response.status == .ok)
            let body = response.body.string
            let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            #expect((json["posts"] as? [Any])?.count == 1 && (json["accounts"] as? [Any])?.count == 1)
            #expect((json["cases_about_them"] as? [Any])?.count == 1)
            // Training results and Humas drafts are held about people too.
            #expect((json["training_attempts"] as? [[String: Any]])?.first?["certificate_code"] as? String == "KODEUJI12345")
            #expect((json["humas_drafts_authored"] as? [Any])?.isEmpty == true)
            #expect(body.contains(fixture.base.pegawaiA.nip))
            #expect(!body.contains("Pegawai Denpasar") && !body.contains(fixture.base.pegawaiB.nip))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "privacy.export").count() == 1)

            var otherAdmin = Browser(app)
            try await otherAdmin.signIn(fixture.base.adminB.nip, password: TestApp.password)
            #expect(try await otherAdmin.get("/admin/pengguna/\(pegawai)/data").status == .forbidden)
            #expect(try await reporter.get("/admin/pengguna/\(pegawai)/data").status == .forbidden)
            #expect(try await admin.get("/admin/pengguna/bukan-uuid/data").status == .notFound)
        }
    }
}
