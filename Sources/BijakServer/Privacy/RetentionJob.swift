import Fluent
import Foundation

/// Deletes expired records (``RetentionPolicy``) in batches and writes one audit entry per run with the counts.
enum RetentionJob {
    /// How many rows one DELETE removes, so that no single statement holds locks for long.
    static let batchSize = 500

    /// Counts per kind of record, deleted (or, in a dry run, that would be).
    struct Counts: Sendable, Equatable {
        var unflaggedPosts = 0
        var decidedReviews = 0
        var closedCases = 0
        var savedChecks = 0
        var sessions = 0

        var details: [String: String] {
            ["unflagged_posts": String(unflaggedPosts), "decided_reviews": String(decidedReviews),
             "closed_cases": String(closedCases), "saved_checks": String(savedChecks), "sessions": String(sessions)]
        }
    }

    static func run(_ policy: RetentionPolicy, dryRun: Bool, on database: any Database,
                    now: Date = Date()) async throws -> Counts {
        func cutoff(_ days: Int) -> Date { now.addingTimeInterval(-Double(days) * 86_400) }
        var counts = Counts()

        // Review items first: deleting their posts below would otherwise cascade uncounted.
        let referenced = Set(try await EthicsCase.query(on: database).filter(\.$reviewItemID != nil)
            .all(\.$reviewItemID).compactMap { $0 })
        counts.decidedReviews = try await batches(dryRun: dryRun) {
            try await ReviewItem.query(on: database).filter(\.$status ~~ [.confirmed, .dismissed])
                .filter(\.$decidedAt < cutoff(policy.decidedReviewsDays)).sort(\.$id).all()
                .filter { !referenced.contains($0.id ?? UUID()) }.map { $0.$post.id }
        } delete: { postIDs in
            // The post goes with its item (its flags cascade): the feedback it carried has expired too.
            try await ReviewItem.query(on: database).filter(\.$post.$id ~~ postIDs).delete()
            try await MonitoredPost.query(on: database).filter(\.$id ~~ postIDs).delete()
        }
        counts.unflaggedPosts = try await batches(dryRun: dryRun) {
            // Compared in memory: a NOT IN list as long as the queue could exceed the databases' parameter limits.
            let queued = Set(try await ReviewItem.query(on: database).all(\.$post.$id))
            return try await MonitoredPost.query(on: database).filter(\.$decision == "allow")
                .filter(\.$capturedAt < cutoff(policy.unflaggedPostsDays)).all(\.$id).compactMap { $0 }.filter { !queued.contains($0) }
        } delete: { ids in
            try await MonitoredPost.query(on: database).filter(\.$id ~~ ids).delete()
        }
        counts.closedCases = try await batches(dryRun: dryRun) {
            try await EthicsCase.query(on: database).filter(\.$status == .closed)
                .filter(\.$createdAt < cutoff(policy.closedCasesDays)).all(\.$id).compactMap { $0 }
        } delete: { ids in
            try await CaseEvent.query(on: database).filter(\.$caseID ~~ ids).delete()
            try await EthicsCase.query(on: database).filter(\.$id ~~ ids).delete()
        }
        counts.savedChecks = try await batches(dryRun: dryRun) {
            try await SavedCheck.query(on: database).filter(\.$createdAt < cutoff(policy.savedChecksDays)).all(\.$id).compactMap { $0 }
        } delete: { ids in
            try await SavedCheck.query(on: database).filter(\.$id ~~ ids).delete()
        }
        counts.sessions = try await batches(dryRun: dryRun) {
            try await SessionEntry.query(on: database).filter(\.$expiresAt < cutoff(policy.sessionsDays)).all(\.$id).compactMap { $0 }
        } delete: { ids in
            try await SessionEntry.query(on: database).filter(\.$id ~~ ids).delete()
        }
        if !dryRun {
            try await AuditLog.record("retention.run", subjectType: "retention", subjectID: "run", actor: nil,
                                      unitID: nil, details: counts.details, on: database, now: now)
        }
        return counts
    }

    /// Finds the expired ids once, then deletes them `batchSize` at a time, each batch in its own transaction.
    private static func batches(dryRun: Bool, find: () async throws -> [UUID],
                                delete: @escaping @Sendable ([UUID]) async throws -> Void) async throws -> Int {
        let ids = try await find()
        guard !dryRun else { return ids.count }
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(start + batchSize, ids.count)])
            try await delete(batch)
            start += batchSize
        }
        return ids.count
    }
}
