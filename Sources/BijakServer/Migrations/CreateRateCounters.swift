import Fluent

/// Counters for rate limits and sign-in throttling: one row per key and time window, shared by every instance.
struct CreateRateCounters: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RateLimiter.table)
            .field("key", .string, .required)
            .field("window_start", .int64, .required)
            .field("count", .int64, .required)
            .unique(on: "key", "window_start")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RateLimiter.table).delete()
    }
}
