@testable import BijakServer
import BijakCore
import Fluent
import Foundation
import Testing

/// Screening and storing: every post screened, flagged posts queued with their rules, nothing stored twice, an
/// interrupted import resumed exactly.
@Suite struct ImportPipelineTests {
    @Test(arguments: TestDatabase.available)
    func screensStoresAndReimportAddsNothing(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let account = try await ImportSamples.account("pegawai_a", in: fixture.lapasA, on: app.db)
            let text = ImportSamples.jsonl(count: 12) + "{\"id\": \"rusak\"}\n" + ImportSamples.jsonl(count: 2)
            let (jobID, first) = try await ImportSamples.run(text, into: account, app: app,
                                                             settings: ImportSettings(samplePerMille: 0, batchSize: 4))
            #expect(first.records == 15 && first.stored == 12 && first.duplicates == 2 && first.errors == 1)
            let posts = try await MonitoredPost.query(on: app.db).filter(\.$account.$id == account.id!).all()
            #expect(posts.count == 12)
            let flagged = posts.filter { $0.decision != "allow" }
            #expect(flagged.count == 4 && first.flagged == 4)
            #expect(flagged.allSatisfy { $0.verdictJSON?.contains("\"findings\"") == true })
            #expect(posts.filter { $0.decision == "allow" }.allSatisfy { $0.verdictJSON == nil })
            #expect(posts.allSatisfy { $0.sha256 == ImportDigest.hex($0.text) && $0.importID == jobID
                && $0.unitID == fixture.lapasA.id })
            let flags = try await PostFlag.query(on: app.db).all()
            #expect(Set(flags.map { $0.$post.id }) == Set(flagged.compactMap(\.id)))
            #expect(flags.contains { $0.ruleID == "NETRAL-1" })
            let items = try await ReviewItem.query(on: app.db).all()
            #expect(items.count == 4 && items.allSatisfy { $0.reason == .flagged && $0.status == .open })
            let job = try #require(try await ImportJob.find(jobID, on: app.db))
            #expect(job.status == .done && job.recordsDone == 15 && job.postsStored == 12 && job.errors == 1)
            #expect(job.errorSamples.contains("#13"))

            let (_, second) = try await ImportSamples.run(text, into: account, app: app)
            #expect(second.stored == 0 && second.duplicates == 14 && second.flagged == 0)
            #expect(try await MonitoredPost.query(on: app.db).count() == 12)
            #expect(try await PostFlag.query(on: app.db).count() == flags.count)
            #expect(try await ReviewItem.query(on: app.db).count() == 4)
        }
    }

    @Test(arguments: TestDatabase.available)
    func interruptedImportResumesAfterTheLastCommittedBatch(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let account = try await ImportSamples.account("putus", in: fixture.kanwilB, on: app.db)
            let text = ImportSamples.jsonl(count: 10)
            let failing = FailingParser(inner: ImportFormat.jsonl.parser(reading: DataByteSource(data: Data(text.utf8))),
                                        batchesBeforeFailure: 2)
            var jobID: UUID?
            do {
                let job = ImportJob(accountID: try account.requireID(), unitID: account.$unit.id, format: .jsonl,
                                    fileName: "uji.jsonl", fileDigest: "-", fileBytes: 1, origin: "cli",
                                    status: .running, createdBy: nil)
                job.claimedBy = "test"
                try await job.create(on: app.db)
                jobID = job.id
                try await ImportSamples.run(text, into: account, app: app, jobID: job.id, parser: failing)
                Issue.record("the failing parser should have stopped the import")
            } catch is FailingParser.Interrupted {}
            // Two batches of four were read; the first is committed, the second was being screened or stored.
            let job = try #require(try await ImportJob.find(jobID, on: app.db))
            let committed = try await MonitoredPost.query(on: app.db).count()
            #expect(job.recordsDone == Int64(committed) && committed % 4 == 0 && committed < 10)
            let (_, resumed) = try await ImportSamples.run(text, into: account, app: app, jobID: jobID)
            #expect(resumed.resumedFrom == Int64(committed))
            #expect(resumed.records == 10 && resumed.stored == 10 && resumed.duplicates == 0)
            #expect(try await MonitoredPost.query(on: app.db).count() == 10)
            let flaggedPosts = try await MonitoredPost.query(on: app.db).filter(\.$decision != "allow").count()
            #expect(try await ReviewItem.query(on: app.db).count() == flaggedPosts)
        }
    }

    @Test(arguments: TestDatabase.available)
    func qualitySampleIsDrawnByPostIDAndRepeatable(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let account = try await ImportSamples.account("sampel", in: fixture.lapasA, on: app.db)
            let text = ImportSamples.jsonl(count: 60, start: 1, flaggedEvery: 1_000)
            let settings = ImportSettings(samplePerMille: 250, batchSize: 16)
            try await ImportSamples.run(text, into: account, app: app, settings: settings)
            let items = try await ReviewItem.query(on: app.db).with(\.$post).all()
            #expect(items.allSatisfy { $0.reason == .qualitySample && $0.post.decision == "allow" })
            let expected = (1...60).map { "p\($0)" }.filter {
                ImportDigest.unitInterval(account.id!.uuidString + "\n" + $0) * 1000 < 250
            }
            #expect(Set(items.map(\.post.platformPostID)) == Set(expected))
            #expect((5...30).contains(expected.count))
        }
    }

    @Test(arguments: TestDatabase.available)
    func eachJobGoesToOneInstanceAndExpiredLeasesAreTakenOver(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let account = try await ImportSamples.account("antre", in: fixture.lapasA, on: app.db)
            var ids: [UUID] = []
            for index in 0..<3 {
                let job = ImportJob(accountID: try account.requireID(), unitID: account.$unit.id, format: .jsonl,
                                    fileName: "\(index).jsonl", fileDigest: "-", fileBytes: 1, origin: "upload",
                                    status: .queued, createdBy: nil)
                try await job.create(on: app.db)
                ids.append(try job.requireID())
            }
            let claimed = try await withThrowingTaskGroup(of: UUID?.self) { group in
                for worker in 0..<8 {
                    group.addTask { try await ImportQueue.claim(instance: "w\(worker)", leaseSeconds: 60, on: app.db) }
                }
                return try await group.reduce(into: [UUID]()) { if let id = $1 { $0.append(id) } }
            }
            #expect(claimed.count == 3 && Set(claimed) == Set(ids))
            #expect(try await ImportQueue.claim(instance: "late", leaseSeconds: 60, on: app.db) == nil)
            // The instance holding the first job dies: after its lease, another instance takes the job over.
            let stale = try #require(try await ImportJob.find(ids[0], on: app.db))
            let owner = stale.claimedBy
            stale.leaseExpires = Int64(Date().timeIntervalSince1970) - 1
            try await stale.save(on: app.db)
            #expect(try await ImportQueue.claim(instance: "rescuer", leaseSeconds: 60, on: app.db) == ids[0])
            #expect(try await ImportJob.find(ids[0], on: app.db)?.claimedBy == "rescuer")
            // The old owner's next batch is refused, so it cannot write alongside the new one.
            let target = ImportStore.Target(accountID: try account.requireID(), unitID: account.$unit.id, jobID: ids[0],
                                            instance: owner ?? "")
            await #expect(throws: ImportStore.LostLease.self) {
                _ = try await ImportStore.commit([], records: 1, issues: 0, errorSamples: "", target: target,
                                                 leaseSeconds: 60, on: app.db)
            }
        }
    }
}
