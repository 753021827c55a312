import Fluent
import Foundation
import SQLKit

/// Fixed-window counters in the database, so that every instance counts against the same limit.
///
/// One upsert per hit (`INSERT ... ON CONFLICT DO UPDATE ... RETURNING`), which SQLite and PostgreSQL both speak.
struct RateLimiter: Sendable {
    static let table = "rate_counters"

    /// The window length in seconds.
    let windowSeconds: Int64
    /// The clock, replaceable in tests.
    var now: @Sendable () -> Date = { Date() }

    /// The start of the current window.
    var windowStart: Int64 {
        let seconds = Int64(now().timeIntervalSince1970)
        return seconds - seconds % windowSeconds
    }

    /// Seconds until the current window ends, for `Retry-After`.
    var secondsUntilReset: Int64 { windowStart + windowSeconds - Int64(now().timeIntervalSince1970) }

    /// Counts `amount` events for `key` and returns the count in the current window, these events included.
    func hit(_ key: String, by amount: Int = 1, on database: any Database) async throws -> Int {
        let sql = try Self.sql(database)
        let start = windowStart
        let count = try await sql.insert(into: Self.table)
            .columns("key", "window_start", "count")
            .values(SQLBind(key), SQLBind(start), SQLBind(Int64(amount)))
            .onConflict(with: ["key", "window_start"]) {
                $0.set("count", to: SQLBinaryExpression(SQLColumn("count", table: Self.table), .add, SQLBind(Int64(amount))))
            }
            .returning("count")
            .first(decodingColumn: "count", as: Int.self) ?? amount
        if count == amount {
            // A new window for this key: earlier windows are over and can go.
            try await sql.delete(from: Self.table)
                .where("key", .equal, key)
                .where("window_start", .lessThan, start)
                .run()
        }
        return count
    }

    /// The count in the current window without counting.
    func count(_ key: String, on database: any Database) async throws -> Int {
        try await Self.sql(database).select()
            .column("count")
            .from(Self.table)
            .where("key", .equal, key)
            .where("window_start", .equal, windowStart)
            .first(decodingColumn: "count", as: Int.self) ?? 0
    }

    /// Forgets every window of `key` (after a successful sign-in, say).
    func reset(_ key: String, on database: any Database) async throws {
        try await Self.sql(database).delete(from: Self.table).where("key", .equal, key).run()
    }

    private static func sql(_ database: any Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { throw AppError.internalError }
        return sql
    }
}
