@testable import BijakServer
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The review queue: scope by unit subtree and role, one claim at a time, decisions that cannot race, audit.
@Suite struct ReviewQueueTests {
    @Test(arguments: TestDatabase.available)
    func queueIsScopedToTheReviewersUnits(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            let inA = try await OversightFixture.reviewItem(text: OversightFixture.flaggedText, owner: fixture.base.pegawaiA, on: app.db)
            let inB = try await OversightFixture.reviewItem(text: "Pemilu: coblos nomor 1, calon terbaik!", owner: fixture.base.pegawaiB,
                                                            reason: .qualitySample, on: app.db)
            var patnal = Browser(app)
            try await patnal.signIn(fixture.patnalA.nip, password: TestApp.password)
            let queue = try await patnal.get("/pengawasan/antrian")
            #expect(queue.status == .ok)
            #expect(queue.body.string.contains("/pengawasan/antrian/\(try inA.requireID())"))
            #expect(!queue.body.string.contains("/pengawasan/antrian/\(try inB.requireID())"))
            // The excerpt masks the phone number in the post.
            #expect(!queue.body.string.contains("081234567890"))
            #expect(try await patnal.get("/pengawasan/antrian?reason=quality_sample").body.string
                .contains("/pengawasan/antrian/\(try inA.requireID())") == false)
            #expect(try await patnal.get("/pengawasan/antrian?status=raja").status == .unprocessableEntity)
            #expect(try await patnal.get("/pengawasan/antrian?page=0").status == .unprocessableEntity)
            #expect(try await patnal.get("/pengawasan/antrian?unit=\(try fixture.base.kanwilB.requireID())").status == .forbidden)
            let item = try await patnal.get("/pengawasan/antrian/\(try inA.requireID())")
            #expect(item.status == .ok && item.body.string.contains("<mark"))
            #expect(item.body.string.contains(fixture.base.pegawaiA.nip))
            let english = try await patnal.get("/pengawasan/antrian/\(try inA.requireID())?lang=en").body.string
            #expect(english.contains("Claim for review") && english.contains("Escalate to the parent unit"))
            #expect(try await patnal.get("/pengawasan/antrian/\(try inB.requireID())").status == .forbidden)
            #expect(try await patnal.post("/pengawasan/antrian/\(try inB.requireID())/klaim", form: [:]).status == .forbidden)

            var reviewerB = Browser(app)
            try await reviewerB.signIn(fixture.base.patnalB.nip, password: TestApp.password)
            #expect(try await reviewerB.get("/pengawasan/antrian").body.string.contains("/pengawasan/antrian/\(try inB.requireID())"))
            #expect(try await reviewerB.get("/pengawasan/antrian/\(try inA.requireID())").status == .forbidden)

            // Admins see the queue of their units but not identifiers they do not need.
            var admin = Browser(app)
            try await admin.signIn(fixture.base.adminA.nip, password: TestApp.password)
            let adminView = try await admin.get("/pengawasan/antrian/\(try inA.requireID())")
            #expect(adminView.status == .ok && !adminView.body.string.contains(fixture.base.pegawaiA.nip))

            for person in [fixture.base.pegawaiA, fixture.base.humasA] {
                var other = Browser(app)
                try await other.signIn(person.nip, password: TestApp.password)
                #expect(try await other.get("/pengawasan/antrian").status == .forbidden)
                #expect(try await other.get("/pengawasan/antrian/\(try inA.requireID())").status == .forbidden)
            }
            // Nobody decides about their own post, even within scope.
            let own = try await OversightFixture.reviewItem(text: OversightFixture.flaggedText, owner: fixture.patnalA, on: app.db)
            #expect(try await patnal.post("/pengawasan/antrian/\(try own.requireID())/klaim", form: [:]).status == .forbidden)
            #expect(try await patnal.post("/pengawasan/antrian/\(try own.requireID())/abaikan", form: ["note": "bukan apa-apa"]).status == .forbidden)
            var colleague = Browser(app)
            try await colleague.signIn(fixture.patnalA2.nip, password: TestApp.password)
            #expect(try await colleague.post("/pengawasan/antrian/\(try own.requireID())/klaim", form: [:]).status == .seeOther)
            var anonymous = Browser(app)
            #expect(try await anonymous.get("/pengawasan/antrian").status != .ok)
        }
    }

    @Test(arguments: TestDatabase.available)
    func oneClaimAtATimeAndDecisionsAreAudited(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            let item = try await OversightFixture.reviewItem(text: OversightFixture.flaggedText, owner: fixture.base.pegawaiA, on: app.db)
            let id = try item.requireID()
            var first = Browser(app)
            try await first.signIn(fixture.patnalA.nip, password: TestApp.password)
            var second = Browser(app)
            try await second.signIn(fixture.patnalA2.nip, password: TestApp.password)

            #expect(try await first.post("/pengawasan/antrian/\(id)/klaim", form: [:]).status == .seeOther)
            #expect(try await second.post("/pengawasan/antrian/\(id)/klaim", form: [:]).status == .conflict)
            #expect(try await second.post("/pengawasan/antrian/\(id)/abaikan", form: ["note": "bukan kampanye"]).status == .conflict)
            // A dismissal needs a reason; a confirmation needs real rules.
            #expect(try await first.post("/pengawasan/antrian/\(id)/abaikan", form: ["note": "  "]).status == .unprocessableEntity)
            #expect(try await first.post("/pengawasan/antrian/\(id)/konfirmasi", form: ["extra_rules": "TIDAK-ADA"]).status == .unprocessableEntity)
            #expect(try await first.post("/pengawasan/antrian/\(id)/abaikan", form: ["note": "a\u{202E}b"]).status == .unprocessableEntity)
            // A malformed body (invalid UTF-8) is refused with a 4xx and changes nothing.
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let invalid = try await first.send(.POST, "/pengawasan/antrian/\(id)/abaikan", headers: headers,
                                               body: ByteBuffer(string: "csrf=test-csrf-token-0123456789&note=%FF%FE"))
            #expect((400..<500).contains(invalid.status.code))
            #expect(try await ReviewItem.find(id, on: app.db)?.status == .claimed)

            // A claim left for hours may be taken over.
            let stored = try #require(try await ReviewItem.find(id, on: app.db))
            stored.claimedAt = Date().addingTimeInterval(-ReviewTransitions.staleClaimAfter - 60)
            try await stored.save(on: app.db)
            #expect(try await second.post("/pengawasan/antrian/\(id)/klaim", form: [:]).status == .seeOther)
            #expect(try await first.post("/pengawasan/antrian/\(id)/konfirmasi", form: ["extra_rules": "SE137-1"]).status == .conflict)

            let rule = try #require(try await PostFlag.query(on: app.db).first()?.ruleID)
            #expect(try await second.post("/pengawasan/antrian/\(id)/konfirmasi",
                                          form: ["rules[]": rule, "note": "kampanye jelas"]).status == .seeOther)
            let decided = try #require(try await ReviewItem.find(id, on: app.db))
            #expect(decided.status == .confirmed && decided.confirmedRules == rule && decided.decidedBy == fixture.patnalA2.id)
            // Decided items cannot be decided again.
            #expect(try await second.post("/pengawasan/antrian/\(id)/abaikan", form: ["note": "berubah pikiran"]).status == .conflict)

            let actions = try await AuditEntry.query(on: app.db).filter(\.$subjectID == id.uuidString).sort(\.$seq).all().map(\.action)
            #expect(actions == ["review.claim", "review.claim", "review.confirm"])
            #expect(try await AuditLog.verify(on: app.db).isIntact)
        }
    }

    @Test(arguments: TestDatabase.available)
    func twoReviewersDecidingAtOnceCannotBothWin(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            let item = try await OversightFixture.reviewItem(text: OversightFixture.flaggedText, owner: fixture.base.pegawaiA, on: app.db)
            let db = app.db
            let one = fixture.patnalA, two = fixture.patnalA2
            async let first: Bool = { (try? await ReviewTransitions.decide(item, .dismiss(reason: "satu"), by: one, on: db)) != nil }()
            async let second: Bool = { (try? await ReviewTransitions.decide(item, .confirm(rules: ["SE137-1"], note: nil), by: two, on: db)) != nil }()
            let results = await [first, second]
            #expect(results.filter { $0 }.count == 1)
            let decided = try #require(try await ReviewItem.find(item.id, on: app.db))
            #expect(decided.status == (results[0] ? .dismissed : .confirmed))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$subjectType == "review_item").count() == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func escalationMovesTheItemToTheParentQueue(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            let item = try await OversightFixture.reviewItem(text: OversightFixture.flaggedText, owner: fixture.base.pegawaiA,
                                                             reason: .qualitySample, on: app.db)
            let id = try item.requireID()
            var lapas = Browser(app)
            try await lapas.signIn(fixture.patnalLapas.nip, password: TestApp.password)
            #expect(try await lapas.post("/pengawasan/antrian/\(id)/eskalasi", form: [:]).status == .unprocessableEntity)
            #expect(try await lapas.post("/pengawasan/antrian/\(id)/eskalasi", form: ["note": "perlu Kanwil"]).status == .seeOther)
            let moved = try #require(try await ReviewItem.find(id, on: app.db))
            #expect(moved.status == .escalated && moved.unitID == fixture.base.kanwilA.id)
            #expect(try await lapas.get("/pengawasan/antrian/\(id)").status == .forbidden)

            var kanwil = Browser(app)
            try await kanwil.signIn(fixture.patnalA.nip, password: TestApp.password)
            let queue = try await kanwil.get("/pengawasan/antrian?unit=\(try fixture.base.kanwilA.requireID())")
            #expect(queue.body.string.contains("/pengawasan/antrian/\(id)"))
            // Confirming a quality sample records a miss of the engine.
            #expect(try await kanwil.post("/pengawasan/antrian/\(id)/konfirmasi", form: ["extra_rules": "se137-1"]).status == .seeOther)
            #expect(try await ReviewItem.find(id, on: app.db)?.confirmedRules == "SE137-1")
            let escalation = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "review.escalate").first())
            #expect(escalation.unitID == fixture.base.lapasA.id && escalation.details.contains("to_unit"))
        }
    }
}
