import Fluent

/// Checks users chose to keep.
struct CreateSavedChecks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SavedCheck.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("post_json", .string, .required)
            .field("verdict_json", .string, .required)
            .field("decision", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SavedCheck.schema).delete()
    }
}
