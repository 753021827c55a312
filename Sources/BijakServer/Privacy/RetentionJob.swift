import Fluent
import SQLKit
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

        // Review items first: deleting their posts below would otherwise cascade uncounted. Items a case refers
        // to stay with the case.
        let decidedReviews = {
            ReviewItem.query(on: database).filter(\.$status ~~ [.confirmed, .dismissed])
                .filter(\.$decidedAt < cutoff(policy.decidedReviewsDays))
                .join(EthicsCase.self, on: \ReviewItem.$id == \EthicsCase.$reviewItemID, method: .left)
                .filter(.custom(SQLRaw("\"\(EthicsCase.schema)\".\"id\" IS NULL")))
        }
        counts.decidedReviews = try await batches(dryRun: dryRun, count: { try await decidedReviews().count() },
                                                  next: { try await decidedReviews().limit($0).all(\ReviewItem.$post.$id) }) { postIDs in
            // The post goes with its item (its flags cascade): the feedback it carried has expired too.
            try await database.transaction { transaction in
                try await ReviewItem.query(on: transaction).filter(\.$post.$id ~~ postIDs).delete()
                try await MonitoredPost.query(on: transaction).filter(\.$id ~~ postIDs).delete()
            }
        }
        let unflaggedPosts = {
            MonitoredPost.query(on: database).filter(\.$decision == "allow")
                .filter(\.$capturedAt < cutoff(policy.unflaggedPostsDays))
                .join(ReviewItem.self, on: \MonitoredPost.$id == \ReviewItem.$post.$id, method: .left)
                .filter(.custom(SQLRaw("\"\(ReviewItem.schema)\".\"id\" IS NULL")))
        }
        counts.unflaggedPosts = try await batches(dryRun: dryRun, count: { try await unflaggedPosts().count() },
                                                  next: { try await unflaggedPosts().limit($0).all(\MonitoredPost.$id) }) { ids in
            try await MonitoredPost.query(on: database).filter(\.$id ~~ ids).delete()
        }
        let closedCases = {
            EthicsCase.query(on: database).filter(\.$status == .closed).filter(\.$createdAt < cutoff(policy.closedCasesDays))
        }
        counts.closedCases = try await batches(dryRun: dryRun, count: { try await closedCases().count() },
                                               next: { try await closedCases().limit($0).all(\EthicsCase.$id) }) { ids in
            try await database.transaction { transaction in
                try await CaseEvent.query(on: transaction).filter(\.$caseID ~~ ids).delete()
                try await EthicsCase.query(on: transaction).filter(\.$id ~~ ids).delete()
            }
        }
        let savedChecks = { SavedCheck.query(on: database).filter(\.$createdAt < cutoff(policy.savedChecksDays)) }
        counts.savedChecks = try await batches(dryRun: dryRun, count: { try await savedChecks().count() },
                                               next: { try await savedChecks().limit($0).all(\SavedCheck.$id) }) { ids in
            try await SavedCheck.query(on: database).filter(\.$id ~~ ids).delete()
        }
        let sessions = { SessionEntry.query(on: database).filter(\.$expiresAt < cutoff(policy.sessionsDays)) }
        counts.sessions = try await batches(dryRun: dryRun, count: { try await sessions().count() },
                                            next: { try await sessions().limit($0).all(\SessionEntry.$id) }) { ids in
            try await SessionEntry.query(on: database).filter(\.$id ~~ ids).delete()
        }
        if !dryRun {
            try await AuditLog.record("retention.run", subjectType: "retention", subjectID: "run", actor: nil,
                                      unitID: nil, details: counts.details, on: database, now: now)
        }
        return counts
    }

    /// In a dry run, counts; otherwise takes the next `batchSize` expired ids and deletes them, until none is left,
    /// so that memory stays flat and no statement holds locks for long.
    private static func batches(dryRun: Bool, count: () async throws -> Int, next: (Int) async throws -> [UUID?],
                                delete: ([UUID]) async throws -> Void) async throws -> Int {
        guard !dryRun else { return try await count() }
        var deleted = 0
        while true {
            let ids = try await next(batchSize).compactMap { $0 }
            if ids.isEmpty { return deleted }
            try await delete(ids)
            deleted += ids.count
        }
    }
}
