import Fluent

/// The unit hierarchy.
struct CreateUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Unit.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("time_zone", .string, .required)
            .field("parent_id", .uuid, .references(Unit.schema, .id))
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Unit.schema).delete()
    }
}
