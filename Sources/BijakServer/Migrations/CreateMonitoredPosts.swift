import Fluent

/// Imported public posts, their flags by rule, and the review queue.
struct CreateMonitoredPosts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MonitoredPost.schema)
            .id()
            .field("account_id", .uuid, .required, .references(SocialAccount.schema, .id))
            .field("unit_id", .uuid, .required)
            .field("platform_post_id", .string, .required)
            .field("action", .string, .required)
            .field("text", .string, .required)
            .field("url", .string)
            .field("posted_at", .datetime)
            .field("captured_at", .datetime, .required)
            .field("sha256", .string, .required)
            .field("decision", .string, .required)
            .field("verdict_json", .string)
            .field("import_id", .uuid)
            .unique(on: "account_id", "platform_post_id")
            .create()
        try await database.schema(PostFlag.schema)
            .id()
            .field("post_id", .uuid, .required, .references(MonitoredPost.schema, .id, onDelete: .cascade))
            .field("unit_id", .uuid, .required)
            .field("rule_id", .string, .required)
            .field("severity", .string, .required)
            .field("flagged_at", .datetime, .required)
            .create()
        try await database.schema(ReviewItem.schema)
            .id()
            .field("post_id", .uuid, .required, .references(MonitoredPost.schema, .id, onDelete: .cascade))
            .field("unit_id", .uuid, .required)
            .field("reason", .string, .required)
            .field("status", .string, .required)
            .field("claimed_by", .uuid)
            .field("claimed_at", .datetime)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("decision_note", .string)
            .field("confirmed_rules", .string)
            .field("created_at", .datetime)
            .unique(on: "post_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReviewItem.schema).delete()
        try await database.schema(PostFlag.schema).delete()
        try await database.schema(MonitoredPost.schema).delete()
    }
}
