import Fluent
import Foundation

/// A post an institutional account will publish, on its way through writing, approval and publication.
///
/// The text itself lives in ``HumasDraftVersion``s (every saved version is kept with its verdict); the draft holds
/// where the workflow stands and the facts of its current version that lists and the calendar need.
final class HumasDraft: Model, @unchecked Sendable {
    static let schema = "humas_drafts"

    @ID(key: .id) var id: UUID?
    /// The account's unit, copied so that scope checks need no join.
    @Field(key: "unit_id") var unitID: UUID
    @Parent(key: "account_id") var account: SocialAccount
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "author_name") var authorName: String
    @Enum(key: "status") var status: DraftStatus
    /// The number of the newest version (1 for a new draft).
    @Field(key: "current_version") var currentVersion: Int
    /// The newest version's text and decision, for lists and the archive.
    @Field(key: "text") var text: String
    @Field(key: "decision") var decision: String
    @OptionalField(key: "planned_at") var plannedAt: Date?
    @OptionalField(key: "published_at") var publishedAt: Date?
    @OptionalField(key: "published_url") var publishedURL: String?
    @OptionalField(key: "approved_by") var approvedBy: UUID?
    /// Whether staff may find and share the approved post in the content library.
    @Field(key: "in_library") var inLibrary: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// One saved version of a draft, with the engine's verdict at the time it was saved.
final class HumasDraftVersion: Model, @unchecked Sendable {
    static let schema = "humas_draft_versions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "draft_id") var draft: HumasDraft
    @Field(key: "number") var number: Int
    @Field(key: "text") var text: String
    /// The media items (captions and alt texts) as JSON, `[{"caption":…,"alt_text":…}]`.
    @Field(key: "media_json") var mediaJSON: String
    @Field(key: "account_id") var accountID: UUID
    @OptionalField(key: "planned_at") var plannedAt: Date?
    @Field(key: "decision") var decision: String
    @Field(key: "verdict_json") var verdictJSON: String
    /// The author's reason for submitting a version the engine would block.
    @OptionalField(key: "justification") var justification: String?
    @Field(key: "author_id") var authorID: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// One step of a draft's history, shown on the draft page (the audit log holds the same step, hash-chained).
final class HumasDraftEvent: Model, @unchecked Sendable {
    static let schema = "humas_draft_events"

    @ID(key: .id) var id: UUID?
    @Parent(key: "draft_id") var draft: HumasDraft
    @Field(key: "action") var action: String
    @Field(key: "actor_id") var actorID: UUID
    @Field(key: "actor_name") var actorName: String
    @OptionalField(key: "from_status") var fromStatus: String?
    @Field(key: "to_status") var toStatus: String
    @Field(key: "version") var version: Int
    @OptionalField(key: "comment") var comment: String?
    /// An approver's suggested wording, offered to the author with a request for changes.
    @OptionalField(key: "suggested_text") var suggestedText: String?
    @Field(key: "at") var at: Date

    init() {}
}
