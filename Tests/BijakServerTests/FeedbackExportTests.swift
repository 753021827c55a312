@testable import BijakServer
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The labelled feedback export: decided items only, the reviewer's units only, identifiers masked.
@Suite struct FeedbackExportTests {
    @Test(arguments: TestDatabase.available)
    func exportHoldsDecidedItemsOfTheUnitsMasked(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await OversightFixture.seed(on: app)
            let confirmed = try await OversightFixture.reviewItem(text: OversightFixture.flaggedText, owner: fixture.base.pegawaiA, on: app.db)
            let dismissed = try await OversightFixture.reviewItem(text: "Kirim ke budi.santoso@mail.go.id ya", owner: fixture.base.pegawaiA,
                                                                  reason: .qualitySample, on: app.db)
            let open = try await OversightFixture.reviewItem(text: "Masih terbuka", owner: fixture.base.pegawaiA, on: app.db)
            let otherKanwil = try await OversightFixture.reviewItem(text: "Unit lain", owner: fixture.base.pegawaiB, on: app.db)
            try await ReviewTransitions.decide(confirmed, .confirm(rules: ["SE137-1"], note: "kampanye"), by: fixture.patnalA, on: app.db)
            try await ReviewTransitions.decide(dismissed, .dismiss(reason: "bukan pelanggaran, \"=1+1\""), by: fixture.patnalA, on: app.db)
            try await ReviewTransitions.decide(otherKanwil, .dismiss(reason: "lain"), by: fixture.base.patnalB, on: app.db)

            var patnal = Browser(app)
            try await patnal.signIn(fixture.patnalA.nip, password: TestApp.password)
            let jsonl = try await patnal.get("/pengawasan/umpan-balik.jsonl")
            #expect(jsonl.status == .ok && jsonl.headers.contentType?.description.contains("ndjson") == true)
            let records = try jsonl.body.string.split(separator: "\n").map {
                try JSONDecoder().decode(FeedbackExport.Record.self, from: Data($0.utf8))
            }
            #expect(Set(records.map(\.id)) == [try confirmed.requireID().uuidString, try dismissed.requireID().uuidString])
            #expect(!records.map(\.id).contains(try open.requireID().uuidString))
            let confirmedRecord = try #require(records.first { $0.human_decision == "confirmed" })
            #expect(confirmedRecord.confirmed_rules == ["SE137-1"] && confirmedRecord.queue_reason == "flagged")
            #expect(!confirmedRecord.engine_rules.isEmpty && confirmedRecord.engine_decision != "allow")
            #expect(!jsonl.body.string.contains("081234567890") && !jsonl.body.string.contains("budi.santoso"))
            #expect(jsonl.body.string.contains("b***@mail.go.id"))

            let csv = try await patnal.get("/pengawasan/umpan-balik.csv?since=2000-01-01")
            let lines = csv.body.string.split(separator: "\n")
            #expect(lines.first.map(String.init) == FeedbackExport.csvHeader && lines.count == 3)
            #expect(csv.body.string.contains("\"bukan pelanggaran, \"\"=1+1\"\"\""))
            #expect(try await patnal.get("/pengawasan/umpan-balik.jsonl?since=2999-01-01").body.string.isEmpty)
            #expect(try await patnal.get("/pengawasan/umpan-balik.csv?since=kemarin").status == .unprocessableEntity)

            var pegawai = Browser(app)
            try await pegawai.signIn(fixture.base.pegawaiA.nip, password: TestApp.password)
            #expect(try await pegawai.get("/pengawasan/umpan-balik.jsonl").status == .forbidden)
        }
    }

    @Test func maskingHidesIdentifiersButKeepsOrdinaryNumbers() {
        let masked = PersonalDataMask.mask("NIK 3174091234560001, HP +6281234567890, surel a.b@c.id, tahun 2024, RT 05")
        #expect(masked == "NIK 3174********0001, HP 6281*****7890, surel a***@c.id, tahun 2024, RT 05")
        #expect(FeedbackExport.csvField("=SUM(A1)") == "'=SUM(A1)")
        #expect(PersonalDataMask.maskNIP("198001012005011001") == "1980**********1001")
    }
}
