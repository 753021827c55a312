import Fluent

/// Sessions with a hard expiry.
struct CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionEntry.schema)
            .id()
            .field("key", .string, .required)
            .field("data", .json, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionEntry.schema).delete()
    }
}
