@testable import BijakServer
import Fluent
import Foundation
import NIOConcurrencyHelpers
import Testing

/// The command-line entry points of the feedback export and the retention job, on the configured database.
@Suite struct OversightToolTests {
    @Test func feedbackExportWritesDecidedItemsOfTheConfiguredDatabase() async throws {
        try await TestApp.with(.sqlite) { app, store in
            let fixture = try await OversightFixture.seed(on: app)
            let item = try await OversightFixture.reviewItem(text: OversightFixture.flaggedText, owner: fixture.base.pegawaiA, on: app.db)
            try await OversightFixture.reviewItem(text: "terbuka", owner: fixture.base.pegawaiB, on: app.db)
            try await ReviewTransitions.decide(item, .confirm(rules: ["SE137-1"], note: nil), by: fixture.patnalA, on: app.db)
            let lines = NIOLockedValueBox<[String]>([])
            let count = try await FeedbackTool.export(since: "2000-01-01", format: "csv",
                                                      configuration: TestApp.configuration(store)) { line in
                lines.withLockedValue { $0.append(line) }
            }
            #expect(count == 1)
            let written = lines.withLockedValue { $0 }
            #expect(written.first == FeedbackExport.csvHeader + "\n" && written.count == 2)
            #expect(written.last?.contains("SE137-1") == true && written.last?.contains("081234567890") == false)
            await #expect(throws: ConfigurationError.self) {
                try await FeedbackTool.export(since: "kemarin", format: "jsonl", configuration: TestApp.configuration(store)) { _ in }
            }
            await #expect(throws: ConfigurationError.self) {
                try await FeedbackTool.export(since: nil, format: "xml", configuration: TestApp.configuration(store)) { _ in }
            }
        }
    }

    @Test func retentionRunCountsThenDeletesOnTheConfiguredDatabase() async throws {
        try await TestApp.with(.sqlite) { app, store in
            let fixture = try await OversightFixture.seed(on: app)
            let check = SavedCheck()
            check.$user.id = try fixture.base.pegawaiA.requireID()
            check.postJSON = "{}"
            check.verdictJSON = "{}"
            check.decision = "allow"
            try await check.create(on: app.db)
            try await SavedCheck.query(on: app.db).set(\.$createdAt, to: Date().addingTimeInterval(-400 * 86_400)).update()

            let dry = try await RetentionTool.run(dryRun: true, configuration: TestApp.configuration(store), policy: RetentionPolicy())
            #expect(dry["saved_checks"] == "1")
            #expect(try await SavedCheck.query(on: app.db).count() == 1)
            let done = try await RetentionTool.run(dryRun: false, configuration: TestApp.configuration(store), policy: RetentionPolicy())
            #expect(done["saved_checks"] == "1")
            #expect(try await SavedCheck.query(on: app.db).count() == 0)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "retention.run").count() == 1)
        }
    }
}
