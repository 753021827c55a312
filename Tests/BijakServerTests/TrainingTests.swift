import BijakCore
@testable import BijakServer
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Training: lessons from the rulebook, the seeded question bank, quizzes with engine explanations, results per
/// person and unit, certificates, and the admin's question bank.
@Suite struct TrainingTests {
    @Test func bundledQuestionsCoverEveryGroupAndAgreeWithTheEngine() throws {
        let seeds = try QuestionBank.bundled()
        #expect(seeds.count >= 30)
        #expect(Set(seeds.map(\.key)).count == seeds.count)
        let rulebook = TestApp.engine.rulebook
        let groups = Set(seeds.flatMap(\.rules).compactMap { rulebook.rule($0)?.group })
        #expect(groups == Set(rulebook.rules.map(\.group)))
        #expect(seeds.filter { !$0.violation }.count >= 12)
        for seed in seeds {
            let question = QuestionBank.question(from: seed)
            let verdict = TestApp.engine.check(question.post, language: .indonesian)
            #expect((verdict.decision != .allow) == seed.violation, "\(seed.key)")
            if seed.violation {
                #expect(verdict.findings.contains { seed.rules.contains($0.rule) }, "\(seed.key)")
            }
        }
    }

    /// Answers the open quiz on `path` with the keys from the database (all right when `correctly`).
    static func answer(_ browser: inout Browser, path: String, attemptID: UUID, correctly: Bool,
                       app: Application) async throws -> TestingHTTPResponse {
        let attempt = try #require(try await TrainingAttempt.find(attemptID, on: app.db))
        let questions = try await QuizPageBuilder.questions(of: attempt, on: app.db)
        var form: [String: String] = [:]
        for (index, question) in questions.enumerated() {
            let violation = correctly ? question.violation : !question.violation
            form["d\(index)"] = violation ? "violation" : "allow"
            form["r\(index)"] = question.ruleList.first ?? "DJPAS-1"
        }
        return try await browser.post(path, form: form)
    }

    @Test(arguments: TestDatabase.available)
    func aQuizIsScoredOnceExplainedByTheEngineAndCertified(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            #expect(try await TrainingQuestion.query(on: app.db).count() >= 30)
            var learner = Browser(app)
            try await learner.signIn(fixture.pegawaiA.nip, password: TestApp.password)
            let home = try await learner.get("/pelatihan")
            #expect(home.status == .ok && home.body.string.contains("/pelatihan/materi/DJPAS-6"))
            let lesson = try await learner.get("/pelatihan/materi/djpas-6")
            #expect(lesson.body.string.contains("Penguatan Kehumasan") && lesson.body.string.contains("angka 6"))
            #expect(try await learner.get("/pelatihan/materi/TIDAK-ADA").status == .notFound)
            #expect(try await learner.get("/pelatihan/materi/DJPAS-6?lang=en").body.string.contains("Examples of violations"))
            #expect(try await learner.get("/pelatihan?lang=id").body.string.contains("Pelatihan etika bermedia sosial"))

            // A failed attempt: no certificate.
            let first = try await learner.post("/pelatihan/kuis", form: [:])
            let failedID = try HumasWorkflowTests.draftID(from: first)
            let quiz = try await learner.get("/pelatihan/kuis/\(failedID)")
            #expect(quiz.body.string.components(separatedBy: "class=\"question\"").count == 11)
            let failed = try await Self.answer(&learner, path: "/pelatihan/kuis/\(failedID)", attemptID: failedID,
                                               correctly: false, app: app)
            #expect(failed.status == .seeOther)
            let failedAttempt = try #require(try await TrainingAttempt.find(failedID, on: app.db))
            #expect(failedAttempt.percent == 0 && !failedAttempt.passed && failedAttempt.certificateCode == nil)
            // Answering the same quiz again is refused.
            #expect(try await Self.answer(&learner, path: "/pelatihan/kuis/\(failedID)", attemptID: failedID,
                                          correctly: true, app: app).status == .unprocessableEntity)

            // Another user cannot see or answer it.
            var other = Browser(app)
            try await other.signIn(fixture.pegawaiB.nip, password: TestApp.password)
            #expect(try await other.get("/pelatihan/kuis/\(failedID)").status == .notFound)

            // Not yet completed: listed for the unit's admin, not for another Kanwil's.
            var admin = Browser(app)
            try await admin.signIn(fixture.adminA.nip, password: TestApp.password)
            let pending = try await admin.get("/pelatihan/hasil")
            #expect(pending.body.string.contains("Pegawai Semarang"))
            #expect(!pending.body.string.contains("Pegawai Denpasar"))
            #expect(try await learner.get("/pelatihan/hasil").status == .forbidden)

            // A passing attempt: results explained by the engine, a certificate with a code.
            let second = try await learner.post("/pelatihan/kuis", form: [:])
            let passedID = try HumasWorkflowTests.draftID(from: second)
            #expect(try await Self.answer(&learner, path: "/pelatihan/kuis/\(passedID)", attemptID: passedID,
                                          correctly: true, app: app).status == .seeOther)
            let passed = try #require(try await TrainingAttempt.find(passedID, on: app.db))
            #expect(passed.percent == 100 && passed.passed)
            let code = try #require(passed.certificateCode)
            let results = try await learner.get("/pelatihan/kuis/\(passedID)")
            #expect(results.body.string.contains("data-passed=\"true\""))
            #expect(results.body.string.contains("data-decision=\"block\"") || results.body.string.contains("data-decision=\"review\""))
            let certificate = try await learner.get("/pelatihan/sertifikat/\(code)")
            #expect(certificate.status == .ok)
            #expect(certificate.body.string.contains(fixture.pegawaiA.nip) && certificate.body.string.contains("Lapas Semarang"))
            #expect(try await admin.get("/pelatihan/sertifikat/\(code)").status == .ok)
            var otherAdmin = Browser(app)
            try await otherAdmin.signIn(fixture.adminB.nip, password: TestApp.password)
            #expect(try await otherAdmin.get("/pelatihan/sertifikat/\(code)").status == .notFound)
            #expect(try await other.get("/pelatihan/sertifikat/\(code)").status == .notFound)
            let done = try await admin.get("/pelatihan/hasil")
            #expect(done.body.string.contains(code))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "training.finish").count() == 2)
        }
    }

    @Test(arguments: TestDatabase.available)
    func adminsExtendEditAndRetireQuestions(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            var admin = Browser(app)
            try await admin.signIn(fixture.adminA.nip, password: TestApp.password)
            #expect(try await admin.get("/pelatihan/soal").status == .ok)
            #expect(try await admin.post("/pelatihan/soal", form: [
                "text": "Foto bareng caleg pas reses, pake kaos partai", "action": "post", "violation": "on",
                "rules": "netral-3, NETRAL-1"]).status == .seeOther)
            let added = try #require(try await TrainingQuestion.query(on: app.db).filter(\.$key ~~ "custom-").first())
            #expect(added.violation && added.rules == "NETRAL-3,NETRAL-1" && added.active)
            // Unknown rules, a violation without a rule, an unknown action, an empty text: refused.
            for form in [["text": "x", "action": "post", "violation": "on", "rules": "NETRAL-9"],
                         ["text": "x", "action": "post", "violation": "on", "rules": ""],
                         ["text": "x", "action": "terbang", "rules": ""],
                         ["text": "  ", "action": "post"]] {
                #expect(try await admin.post("/pelatihan/soal", form: form).status.code >= 400)
            }
            let id = try added.requireID()
            #expect(try await admin.post("/pelatihan/soal/\(id)", form: [
                "text": "Foto bersama Kakanwil usai apel", "action": "post"]).status == .seeOther)
            let edited = try #require(try await TrainingQuestion.find(id, on: app.db))
            #expect(!edited.violation && edited.rules.isEmpty && edited.text == "Foto bersama Kakanwil usai apel")
            #expect(try await admin.post("/pelatihan/soal/\(id)/pensiun", form: [:]).status == .seeOther)
            #expect(try await TrainingQuestion.find(id, on: app.db)?.active == false)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action ~~ "training.question").count() == 3)

            // Retired questions are not drawn: retire all but one and draw.
            let keep = try #require(try await TrainingQuestion.query(on: app.db).filter(\.$active == true).first())
            try await TrainingQuestion.query(on: app.db).filter(\.$id != keep.requireID()).set(\.$active, to: false).update()
            var learner = Browser(app)
            try await learner.signIn(fixture.pegawaiA.nip, password: TestApp.password)
            let attemptID = try HumasWorkflowTests.draftID(from: try await learner.post("/pelatihan/kuis", form: [:]))
            #expect(try await TrainingAttempt.find(attemptID, on: app.db)?.questionUUIDs == [try keep.requireID()])

            // Other roles cannot touch the bank.
            var humas = Browser(app)
            try await humas.signIn(fixture.humasA.nip, password: TestApp.password)
            #expect(try await humas.get("/pelatihan/soal").status == .forbidden)
            #expect(try await humas.post("/pelatihan/soal", form: ["text": "x", "action": "post"]).status == .forbidden)
            #expect(try await learner.post("/pelatihan/soal/\(id)/pensiun", form: [:]).status == .forbidden)
        }
    }
}
