import Fluent
import Foundation
import SQLKit

/// The state changes of a review item, each a conditional UPDATE so that two reviewers acting at once cannot both
/// succeed: the loser's UPDATE matches no row and is refused with ``AppError/conflict``.
///
/// Every change writes its audit entry in the same transaction as the change.
enum ReviewTransitions {
    /// A claim nobody acted on for this long may be taken over by another reviewer (a reviewer who went home must
    /// not block the queue).
    static let staleClaimAfter: TimeInterval = 4 * 60 * 60

    /// Statuses of items nobody holds: new, or escalated to this unit by the unit below.
    static let waiting = [ReviewStatus.open.rawValue, ReviewStatus.escalated.rawValue]

    /// Statuses the queue lists: not yet decided.
    static let undecided: [ReviewStatus] = [.open, .claimed, .escalated]

    /// What a reviewer decided.
    enum Decision: Sendable {
        case confirm(rules: [String], note: String?)
        case dismiss(reason: String)
        case escalate(toUnit: UUID, note: String)
    }

    /// Claims `item` for `reviewer`: an unheld item, a claim of their own, or a stale claim of someone else.
    static func claim(_ item: ReviewItem, by reviewer: User, on database: any Database, now: Date = Date()) async throws {
        let itemID = try item.requireID()
        let reviewerID = try reviewer.requireID()
        try await database.transaction { transaction in
            let changed = try await sql(transaction).update(ReviewItem.schema)
                .set("status", to: ReviewStatus.claimed.rawValue)
                .set("claimed_by", to: reviewerID)
                .set("claimed_at", to: now)
                .where("id", .equal, itemID)
                .where(group: { group in
                    group.where("status", .in, waiting)
                        .orWhere(group: { claimed in
                            claimed.where("status", .equal, ReviewStatus.claimed.rawValue)
                                .where(group: { holder in
                                    holder.where("claimed_by", .equal, reviewerID)
                                        .orWhere("claimed_at", .lessThan, now.addingTimeInterval(-staleClaimAfter))
                                })
                        })
                })
                .returning("id").all()
            guard !changed.isEmpty else { throw AppError.conflict }
            try await AuditLog.record("review.claim", subjectType: "review_item", subjectID: itemID.uuidString,
                                      actor: reviewer, unitID: item.unitID,
                                      details: ["previous_holder": item.claimedBy?.uuidString ?? ""], on: transaction)
        }
    }

    /// Decides `item`: allowed while nobody holds it or `reviewer` holds the claim.
    static func decide(_ item: ReviewItem, _ decision: Decision, by reviewer: User, on database: any Database,
                       now: Date = Date()) async throws {
        let itemID = try item.requireID()
        let reviewerID = try reviewer.requireID()
        try await database.transaction { transaction in
            var update = try sql(transaction).update(ReviewItem.schema)
                .set("decided_by", to: reviewerID)
                .set("decided_at", to: now)
            let action: String
            var details: [String: String] = ["reason": item.reason.rawValue]
            switch decision {
            case .confirm(let rules, let note):
                action = "review.confirm"
                details["rules"] = rules.joined(separator: ",")
                update = update.set("status", to: ReviewStatus.confirmed.rawValue)
                    .set("confirmed_rules", to: rules.joined(separator: ","))
                    .set("decision_note", to: note)
            case .dismiss(let reason):
                action = "review.dismiss"
                update = update.set("status", to: ReviewStatus.dismissed.rawValue)
                    .set("confirmed_rules", to: "")
                    .set("decision_note", to: reason)
            case .escalate(let parent, let note):
                // The item moves to the parent unit's queue, waiting there like an open item (the post itself
                // keeps its unit, so reports still count it where it was published).
                action = "review.escalate"
                details["to_unit"] = parent.uuidString
                update = update.set("status", to: ReviewStatus.escalated.rawValue)
                    .set("unit_id", to: parent)
                    .set("claimed_by", to: Optional<UUID>.none)
                    .set("claimed_at", to: Optional<Date>.none)
                    .set("decision_note", to: note)
            }
            let changed = try await update
                .where("id", .equal, itemID)
                .where(group: { group in
                    group.where("status", .in, waiting)
                        .orWhere(group: { claimed in
                            claimed.where("status", .equal, ReviewStatus.claimed.rawValue)
                                .where("claimed_by", .equal, reviewerID)
                        })
                })
                .returning("id").all()
            guard !changed.isEmpty else { throw AppError.conflict }
            try await AuditLog.record(action, subjectType: "review_item", subjectID: itemID.uuidString,
                                      actor: reviewer, unitID: item.unitID, details: details, on: transaction)
        }
    }

    private static func sql(_ database: any Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { throw AppError.internalError }
        return sql
    }
}
