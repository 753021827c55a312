import BijakCore
import Fluent
import Foundation
import SQLKit

/// Writes one screened batch: posts, their flags and review items, and the job's progress, in one transaction.
///
/// Posts are inserted with conflict-ignore on (account, platform post id) and the database answers which rows it
/// really inserted (`RETURNING id`), so that flags and review items are only made for new posts: a re-run, or a
/// resumed run that re-reads a batch, adds nothing twice.
enum ImportStore {
    /// What one batch changed.
    struct BatchResult: Sendable {
        var records = 0
        var stored = 0
        var duplicates = 0
        var flagged = 0
        var errors = 0
    }

    /// The job was taken over by another instance (its lease expired); this instance must stop.
    struct LostLease: Error {}

    /// The account a batch belongs to.
    struct Target: Sendable {
        let accountID: UUID
        let unitID: UUID
        let jobID: UUID
        let instance: String
    }

    /// Commits `posts` and the job's progress; `records` counts every record of the batch, refused ones included.
    static func commit(_ posts: [ScreenedPost], records: Int, issues: Int, errorSamples: String, target: Target,
                       leaseSeconds: Int, on database: any Database) async throws -> BatchResult {
        try await BusyRetry.run { try await database.transaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { throw ImportFailure.noSQL }
            let now = Date()
            let inserted = try await insertPosts(posts, target: target, capturedAt: now, on: sql)
            let new = posts.filter { inserted.contains($0.id) }
            try await insertFlags(new, unitID: target.unitID, capturedAt: now, on: sql)
            try await insertReviewItems(new, unitID: target.unitID, now: now, on: sql)
            let flagged = new.filter { $0.decision != .allow }.count
            let lease = Int64(now.timeIntervalSince1970) + Int64(leaseSeconds)
            let updated = try await sql.raw("""
                UPDATE import_jobs SET records_done = records_done + \(bind: records), \
                posts_stored = posts_stored + \(bind: new.count), \
                duplicates = duplicates + \(bind: posts.count - new.count), \
                flagged = flagged + \(bind: flagged), errors = errors + \(bind: issues), \
                error_samples = \(bind: errorSamples), lease_expires = \(bind: lease) \
                WHERE id = \(bind: target.jobID) AND claimed_by = \(bind: target.instance) RETURNING id
                """).all()
            guard !updated.isEmpty else { throw LostLease() }
            return BatchResult(records: records, stored: new.count, duplicates: posts.count - new.count,
                               flagged: flagged, errors: issues)
        } }
    }

    private static func insertPosts(_ posts: [ScreenedPost], target: Target, capturedAt: Date,
                                    on sql: any SQLDatabase) async throws -> Set<UUID> {
        guard !posts.isEmpty else { return [] }
        // SQLite takes at most 32,766 parameters per statement: 13 columns, so at most 2,000 rows at a time.
        guard posts.count <= 2_000 else {
            var inserted = Set<UUID>()
            for start in stride(from: 0, to: posts.count, by: 2_000) {
                let chunk = Array(posts[start..<min(posts.count, start + 2_000)])
                inserted.formUnion(try await insertPosts(chunk, target: target, capturedAt: capturedAt, on: sql))
            }
            return inserted
        }
        let insert = sql.insert(into: MonitoredPost.schema)
            .columns("id", "account_id", "unit_id", "platform_post_id", "action", "text", "url", "posted_at",
                     "captured_at", "sha256", "decision", "verdict_json", "import_id")
        for post in posts {
            insert.values(SQLBind(post.id), SQLBind(target.accountID), SQLBind(target.unitID), SQLBind(post.storedID),
                          SQLBind(post.record.action.rawValue), SQLBind(post.record.text), SQLBind(post.record.url),
                          SQLBind(post.record.postedAt), SQLBind(capturedAt),
                          SQLBind(ImportDigest.hex(post.record.text)), SQLBind(post.decision.rawValue),
                          SQLBind(post.verdictJSON), SQLBind(target.jobID))
        }
        let rows = try await insert.ignoringConflicts(with: ["account_id", "platform_post_id"]).returning("id").all()
        return Set(try rows.map { try $0.decode(column: "id", as: UUID.self) })
    }

    private static func insertFlags(_ posts: [ScreenedPost], unitID: UUID, capturedAt: Date,
                                    on sql: any SQLDatabase) async throws {
        let flags = posts.flatMap { post in post.flags.map { (post, $0) } }
        for start in stride(from: 0, to: flags.count, by: 4_000) {
            let insert = sql.insert(into: PostFlag.schema)
                .columns("id", "post_id", "unit_id", "rule_id", "severity", "flagged_at")
            for (post, flag) in flags[start..<min(flags.count, start + 4_000)] {
                insert.values(SQLBind(UUID()), SQLBind(post.id), SQLBind(unitID), SQLBind(flag.rule),
                              SQLBind(flag.severity), SQLBind(post.record.postedAt ?? capturedAt))
            }
            try await insert.run()
        }
    }

    private static func insertReviewItems(_ posts: [ScreenedPost], unitID: UUID, now: Date,
                                          on sql: any SQLDatabase) async throws {
        let queued = posts.filter { $0.decision != .allow || $0.sampled }
        for start in stride(from: 0, to: queued.count, by: 4_000) {
            let insert = sql.insert(into: ReviewItem.schema).columns("id", "post_id", "unit_id", "reason", "status",
                                                                      "created_at")
            for post in queued[start..<min(queued.count, start + 4_000)] {
                let reason: ReviewReason = post.decision != .allow ? .flagged : .qualitySample
                insert.values(SQLBind(UUID()), SQLBind(post.id), SQLBind(unitID), SQLBind(reason.rawValue),
                              SQLBind(ReviewStatus.open.rawValue), SQLBind(now))
            }
            try await insert.run()
        }
    }
}

/// Why an import stopped.
public enum ImportFailure: Error, CustomStringConvertible, Sendable {
    case noSQL
    case accountNotFound(String)
    case jobNotFound
    case payloadMissing

    public var description: String {
        switch self {
        case .noSQL: return "basis data tanpa SQL / the database does not speak SQL"
        case .accountNotFound(let account):
            return "akun tidak terdaftar / account not registered: \(account)"
        case .jobNotFound: return "tugas impor tidak ditemukan / import job not found"
        case .payloadMissing: return "berkas unggahan hilang / the uploaded file is missing"
        }
    }
}
