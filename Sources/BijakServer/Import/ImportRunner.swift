import BijakCore
import Fluent
import Foundation

/// What an import has done so far.
public struct ImportProgress: Sendable, Equatable {
    /// Records (posts and refused records) committed, in file order.
    public var records: Int64 = 0
    public var stored: Int64 = 0
    public var duplicates: Int64 = 0
    public var flagged: Int64 = 0
    public var errors: Int64 = 0
    /// Bytes of the export read so far.
    public var bytesRead: Int = 0
    /// Records skipped at the start because an interrupted run had already committed them.
    public var resumedFrom: Int64 = 0
}

/// Runs one claimed job: parse, screen on every core while the previous batch is stored, commit each batch with
/// the job's progress, and finish the job.
struct ImportRunner {
    let engine: BijakEngine
    let settings: ImportSettings
    let database: any Database
    let instance: String

    /// Imports everything `parser` yields into the job's account, resuming after the records the job has already
    /// committed. `progress` is called after every batch.
    func run(jobID: UUID, parser: inout any ImportParser,
             progress: @Sendable (ImportProgress) -> Void = { _ in }) async throws -> ImportProgress {
        guard let job = try await ImportJob.find(jobID, on: database) else { throw ImportFailure.jobNotFound }
        let account = try await job.$account.get(on: database)
        let target = ImportStore.Target(accountID: try account.requireID(), unitID: job.unitID, jobID: jobID,
                                        instance: instance)
        var state = ImportProgress(records: job.recordsDone, stored: job.postsStored, duplicates: job.duplicates,
                                   flagged: job.flagged, errors: job.errors, resumedFrom: job.recordsDone)
        var samples = job.errorSamples
        try skip(Int(job.recordsDone), in: &parser)
        let screen: @Sendable ([ImportRecord]) async -> [ScreenedPost] = { [engine, settings] records in
            await ImportScreener.screen(records, engine: engine, platform: account.platform.rawValue,
                                        personal: account.kind == .personal, accountID: target.accountID,
                                        samplePerMille: settings.samplePerMille)
        }
        // Screening the next batch overlaps with storing this one.
        var pending = try nextBatch(&parser, screen: screen)
        while let batch = pending {
            pending = try nextBatch(&parser, screen: screen)
            let screened = await batch.screened.value
            for issue in batch.issues where samples.split(separator: "\n").count < 20 {
                samples += (samples.isEmpty ? "" : "\n") + issue.description
            }
            let result = try await ImportStore.commit(
                screened, records: batch.count, issues: batch.issues.count, errorSamples: samples, target: target,
                leaseSeconds: settings.leaseSeconds, on: database)
            state.records += Int64(result.records)
            state.stored += Int64(result.stored)
            state.duplicates += Int64(result.duplicates)
            state.flagged += Int64(result.flagged)
            state.errors += Int64(result.errors)
            state.bytesRead = batch.bytesRead
            progress(state)
        }
        try await finish(jobID: jobID)
        return state
    }

    private struct Batch {
        let count: Int
        let issues: [ImportIssue]
        let screened: Task<[ScreenedPost], Never>
        let bytesRead: Int
    }

    private func nextBatch(_ parser: inout any ImportParser,
                           screen: @escaping @Sendable ([ImportRecord]) async -> [ScreenedPost]) throws -> Batch? {
        guard let items = try parser.next(settings.batchSize) else { return nil }
        var records: [ImportRecord] = []
        var issues: [ImportIssue] = []
        for item in items {
            switch item {
            case .record(let record): records.append(record)
            case .issue(let issue): issues.append(issue)
            }
        }
        let task = Task { await screen(records) }
        return Batch(count: items.count, issues: issues, screened: task, bytesRead: parser.bytesRead)
    }

    private func skip(_ count: Int, in parser: inout any ImportParser) throws {
        var remaining = count
        while remaining > 0, let items = try parser.next(min(remaining, 10_000)) { remaining -= items.count }
    }

    private func finish(jobID: UUID) async throws {
        try await database.transaction { transaction in
            guard let job = try await ImportJob.find(jobID, on: transaction), job.claimedBy == instance else {
                throw ImportStore.LostLease()
            }
            job.status = .done
            job.finishedAt = Date()
            job.leaseExpires = nil
            try await job.save(on: transaction)
            try await ImportPayload.query(on: transaction).filter(\.$id == jobID).delete()
        }
    }

    /// Marks the job failed with `reason`, unless another instance has taken it over.
    func fail(jobID: UUID, reason: String) async {
        guard let job = try? await ImportJob.find(jobID, on: database), job.claimedBy == instance else { return }
        job.status = .failed
        job.failure = String(reason.prefix(1_000))
        job.finishedAt = Date()
        job.leaseExpires = nil
        try? await job.save(on: database)
    }
}
