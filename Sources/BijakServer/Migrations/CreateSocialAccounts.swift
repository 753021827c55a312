import Fluent

/// Personal and institutional social-media accounts; one row per platform and handle.
struct CreateSocialAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SocialAccount.schema)
            .id()
            .field("platform", .string, .required)
            .field("handle", .string, .required)
            .field("kind", .string, .required)
            .field("unit_id", .uuid, .required, .references(Unit.schema, .id))
            .field("owner_id", .uuid, .references(User.schema, .id))
            .field("created_at", .datetime)
            .unique(on: "platform", "handle")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SocialAccount.schema).delete()
    }
}
