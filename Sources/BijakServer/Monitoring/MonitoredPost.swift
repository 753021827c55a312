import Fluent
import Foundation

/// A public post of a monitored account, imported and screened by the engine.
///
/// The text and its SHA-256 are the snapshot a case's evidence is built from; `(account, platform_post_id)` is
/// unique, so importing the same export again adds nothing.
final class MonitoredPost: Model, @unchecked Sendable {
    static let schema = "monitored_posts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "account_id") var account: SocialAccount
    /// The account's unit, copied here so that queues and reports filter by unit without a join.
    @Field(key: "unit_id") var unitID: UUID
    /// The platform's id for the post; when an export has none, a digest of the post's time and text.
    @Field(key: "platform_post_id") var platformPostID: String
    /// What the account did: `post`, `share`, `comment`, `like` or `live` (``BijakCore/PostAction``).
    @Field(key: "action") var action: String
    @Field(key: "text") var text: String
    @OptionalField(key: "url") var url: String?
    /// When the platform says the post was published.
    @OptionalField(key: "posted_at") var postedAt: Date?
    /// When Bijak captured it (the import).
    @Field(key: "captured_at") var capturedAt: Date
    /// Hex SHA-256 of `text` as stored.
    @Field(key: "sha256") var sha256: String
    /// The engine's decision: `allow`, `review` or `block`.
    @Field(key: "decision") var decision: String
    /// The verdict as JSON (the shape of `bijak check --json`); kept for flagged posts only.
    @OptionalField(key: "verdict_json") var verdictJSON: String?
    /// The import that brought the post in.
    @OptionalField(key: "import_id") var importID: UUID?

    init() {}
}

/// One rule a screened post was flagged under (a post may be flagged under several).
final class PostFlag: Model, @unchecked Sendable {
    static let schema = "post_flags"

    @ID(key: .id) var id: UUID?
    @Parent(key: "post_id") var post: MonitoredPost
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "rule_id") var ruleID: String
    /// The finding's severity (``BijakCore/Severity``).
    @Field(key: "severity") var severity: String
    /// The post's date (publication, or capture when unknown), copied for reports by period.
    @Field(key: "flagged_at") var flaggedAt: Date

    init() {}
}

/// A post waiting for, or decided by, a human reviewer of its unit.
final class ReviewItem: Model, @unchecked Sendable {
    static let schema = "review_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "post_id") var post: MonitoredPost
    @Field(key: "unit_id") var unitID: UUID
    /// Why it is in the queue.
    @Enum(key: "reason") var reason: ReviewReason
    @Enum(key: "status") var status: ReviewStatus
    @OptionalField(key: "claimed_by") var claimedBy: UUID?
    @OptionalField(key: "claimed_at") var claimedAt: Date?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    /// The reviewer's reason for a dismissal, confirmation or escalation.
    @OptionalField(key: "decision_note") var decisionNote: String?
    /// The rules the reviewer confirmed (comma-separated ids); the labelled feedback for retraining.
    @OptionalField(key: "confirmed_rules") var confirmedRules: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Why a post is in the review queue.
enum ReviewReason: String, Codable, CaseIterable, Sendable {
    /// The engine flagged it.
    case flagged
    /// A random unflagged post, drawn for quality control of the engine.
    case qualitySample = "quality_sample"
}

/// Where a review item stands.
enum ReviewStatus: String, Codable, CaseIterable, Sendable {
    case open
    case claimed
    case confirmed
    case dismissed
    case escalated
}
