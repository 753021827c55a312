import Fluent
import Foundation
import SQLKit

/// Hands queued upload jobs to instances, one instance per job.
///
/// One statement claims a job: on PostgreSQL the candidate row is locked with `FOR UPDATE SKIP LOCKED`, so two
/// instances asking at once get different jobs instead of waiting for each other; SQLite runs the statement under
/// its single write lock, which makes it atomic as it is. A job whose lease has expired (its instance died or lost
/// the database) is claimed again and resumes after its last committed batch.
enum ImportQueue {
    /// Claims the oldest claimable job for `instance`; `nil` when there is none.
    static func claim(instance: String, leaseSeconds: Int, on database: any Database,
                      now: Date = Date()) async throws -> UUID? {
        guard let sql = database as? any SQLDatabase else { throw ImportFailure.noSQL }
        let nowSeconds = Int64(now.timeIntervalSince1970)
        let lock = sql.dialect.name == "postgresql" ? "FOR UPDATE SKIP LOCKED" : ""
        let rows = try await BusyRetry.run { try await sql.raw("""
            UPDATE import_jobs SET status = 'running', claimed_by = \(bind: instance), \
            lease_expires = \(bind: nowSeconds + Int64(leaseSeconds)) \
            WHERE id = (SELECT id FROM import_jobs WHERE origin = 'upload' AND (status = 'queued' \
            OR (status = 'running' AND lease_expires < \(bind: nowSeconds))) ORDER BY created_at LIMIT 1 \(unsafeRaw: lock)) \
            AND (status = 'queued' OR (status = 'running' AND lease_expires < \(bind: nowSeconds))) \
            RETURNING id
            """).all() }
        return try rows.first?.decode(column: "id", as: UUID.self)
    }
}
