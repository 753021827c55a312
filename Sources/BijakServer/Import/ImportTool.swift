import BijakCore
import Crypto
import Fluent
import Foundation

/// `bijak import`'s entry point: imports a file straight into the configured database, as a job of origin `cli`
/// that a re-run of the same file resumes.
public enum ImportTool {
    /// The outcome of a command-line import.
    public struct Summary: Sendable {
        public var progress: ImportProgress
        public var jobID: UUID
        /// The account's totals after the import, to check that nothing is half-imported.
        public var totals: AccountTotals
    }

    /// Counts of everything stored for one account.
    public struct AccountTotals: Sendable, Equatable, Codable {
        public var posts: Int
        public var flaggedPosts: Int
        public var flags: Int
        public var reviewItems: Int
        /// Flagged posts without a review item, or flags of posts not flagged: always 0 unless a batch was half-written.
        public var inconsistent: Int
    }

    /// Imports `path` into the account `platform:handle`.
    ///
    /// - Parameters:
    ///   - registerInUnit: when the account is not registered yet, register it (with `kind`) in the unit of this
    ///     name; on a database without any unit, that unit is created as the top of the tree.
    ///   - progress: called after every committed batch, with the bytes read of `fileBytes`.
    public static func importFile(path: String, account: String, format: ImportFormat?, kind: String = "personal",
                                  registerInUnit: String? = nil, engine: BijakEngine,
                                  settings: ImportSettings? = nil, configuration: ServerConfiguration? = nil,
                                  progress: @escaping @Sendable (ImportProgress, Int) -> Void = { _, _ in })
        async throws -> Summary {
        let url = URL(fileURLWithPath: path)
        let digest = try FileDigest.sha256(of: url)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let fileBytes = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let head = try FileHandle(forReadingFrom: url).read(upToCount: 4_096) ?? Data()
        guard let format = format ?? ImportFormat.detect(fileName: url.lastPathComponent, head: head) else {
            throw ImportToolError.unknownFormat
        }
        return try await OfflineApplication.run(configuration: configuration) { app in
            let settings = try settings ?? ImportSettings.fromEnvironment()
            let account = try await AccountLookup.find(account, on: app.db, registerInUnit: registerInUnit, kind: kind)
            let accountID = try account.requireID()
            let instance = "cli:\(ProcessInfo.processInfo.processIdentifier):" + UUID().uuidString.prefix(8)
            let jobID = try await claimCLIJob(accountID: accountID, unitID: account.$unit.id, format: format,
                                              fileName: url.lastPathComponent, digest: digest, bytes: fileBytes,
                                              instance: instance, settings: settings, on: app.db)
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            var parser = format.parser(reading: FileByteSource(handle: handle))
            let runner = ImportRunner(engine: engine, settings: settings, database: app.db, instance: instance)
            let result: ImportProgress
            do {
                result = try await runner.run(jobID: jobID, parser: &parser) { progress($0, Int(fileBytes)) }
            } catch {
                await runner.fail(jobID: jobID, reason: String(describing: error))
                throw error
            }
            return Summary(progress: result, jobID: jobID, totals: try await totals(of: accountID, on: app.db))
        }
    }

    /// An unfinished command-line job of the same file and account is taken over (its process died); else a new
    /// job starts.
    private static func claimCLIJob(accountID: UUID, unitID: UUID, format: ImportFormat, fileName: String,
                                    digest: String, bytes: Int64, instance: String, settings: ImportSettings,
                                    on database: any Database) async throws -> UUID {
        let lease = Int64(Date().timeIntervalSince1970) + Int64(settings.leaseSeconds)
        let unfinished = try await ImportJob.query(on: database)
            .filter(\.$account.$id == accountID).filter(\.$fileDigest == digest).filter(\.$origin == "cli")
            .filter(\.$format == format.rawValue).filter(\.$status ~~ [.running, .failed])
            .sort(\.$createdAt, .descending).first()
        if let unfinished {
            unfinished.status = .running
            unfinished.claimedBy = instance
            unfinished.leaseExpires = lease
            unfinished.failure = nil
            try await unfinished.save(on: database)
            return try unfinished.requireID()
        }
        let job = ImportJob(accountID: accountID, unitID: unitID, format: format, fileName: fileName,
                            fileDigest: digest, fileBytes: bytes, origin: "cli", status: .running, createdBy: nil)
        job.claimedBy = instance
        job.leaseExpires = lease
        try await job.create(on: database)
        return try job.requireID()
    }

    /// Counts what is stored for the account.
    static func totals(of accountID: UUID, on database: any Database) async throws -> AccountTotals {
        let posts = try await MonitoredPost.query(on: database).filter(\.$account.$id == accountID)
        let postCount = try await posts.count()
        let flagged = try await MonitoredPost.query(on: database).filter(\.$account.$id == accountID)
            .filter(\.$decision != "allow").all(\.$id)
        let flaggedSet = Set(flagged.compactMap { $0 })
        let flagRows = try await PostFlag.query(on: database).join(MonitoredPost.self, on: \PostFlag.$post.$id == \MonitoredPost.$id)
            .filter(MonitoredPost.self, \.$account.$id == accountID).all(\.$post.$id)
        let items = try await ReviewItem.query(on: database).join(MonitoredPost.self, on: \ReviewItem.$post.$id == \MonitoredPost.$id)
            .filter(MonitoredPost.self, \.$account.$id == accountID).all(\.$post.$id)
        let withFlag = Set(flagRows), withItem = Set(items)
        let inconsistent = flaggedSet.filter { !withItem.contains($0) }.count + withFlag.subtracting(flaggedSet).count
        return AccountTotals(posts: postCount, flaggedPosts: flaggedSet.count, flags: flagRows.count,
                             reviewItems: items.count, inconsistent: inconsistent)
    }
}

/// Why `bijak import` could not start.
public enum ImportToolError: Error, CustomStringConvertible, Sendable {
    case unknownFormat

    public var description: String {
        "format tidak dikenali; pilih --format jsonl|csv|x|facebook|instagram / format not recognised; "
            + "choose --format jsonl|csv|x|facebook|instagram"
    }
}

/// SHA-256 of a file, read in blocks.
enum FileDigest {
    static func sha256(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty { hasher.update(data: block) }
        return ImportDigest.hex(hasher.finalize())
    }
}

extension ImportTool {
    /// The engine `bijak serve` would use with `configuration` (rulebook overlay, models, fact checks), so that a
    /// command-line import screens exactly as the server does.
    public static func serverEngine(configuration: ServerConfiguration) throws -> BijakEngine {
        try EngineLoader.load(
            overlayDirectory: configuration.rulebookDirectory.map { URL(fileURLWithPath: $0) },
            models: configuration.useModels ? .bundled : .none, factChecks: configuration.useFactChecks).engine
    }
}
