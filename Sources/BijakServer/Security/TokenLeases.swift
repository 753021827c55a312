import Foundation
import NIOConcurrencyHelpers

/// Short leases of API quota, so that most API requests need no database round trip.
///
/// The limit itself is enforced in the database: an instance takes a block of up to `size` requests from the
/// token's counter in one upsert, and serves them from this table. A lease lasts at most `maxAge` (so a revoked
/// token stops working within that time) and never outlives its counter window. Losing the table (a restart)
/// loses only quota that was leased and not used, so instances together never admit more than the limit; what
/// they may do is refuse a little early, by at most one unused block per instance per window. Blocks are a
/// twentieth of the limit (at most 64), so a limit of 20 or less is counted exactly, one request at a time.
final class TokenLeases: @unchecked Sendable {
    /// One lease: which token, which window, how much is left.
    struct Lease {
        let tokenID: UUID
        let limit: Int
        let windowStart: Int64
        let takenAt: Date
        /// Requests the counter showed before this lease was taken.
        let usedBefore: Int
        var granted: Int
        var consumed: Int
    }

    let maxAge: TimeInterval
    private var leases: [String: Lease] = [:]
    private let lock = NIOLock()

    init(maxAge: TimeInterval = 1) {
        self.maxAge = maxAge
    }

    /// The block size for a limit.
    static func blockSize(forLimit limit: Int) -> Int {
        max(1, min(64, limit / 20))
    }

    /// Takes one request from a live lease of `digest`; returns the lease after the request, or `nil` when the
    /// database must be asked.
    func consume(_ digest: String, windowStart: Int64, now: Date) -> Lease? {
        lock.withLock {
            guard var lease = leases[digest], lease.windowStart == windowStart,
                  now.timeIntervalSince(lease.takenAt) < maxAge, lease.consumed < lease.granted else {
                return nil
            }
            lease.consumed += 1
            leases[digest] = lease
            return lease
        }
    }

    /// Stores a lease fresh from the database (its first request already counted in `consumed`).
    func store(_ lease: Lease, for digest: String) {
        lock.withLock {
            // A bound on memory for many tokens: dropping leases only gives up unused quota.
            if leases.count > 10_000 { leases.removeAll() }
            leases[digest] = lease
        }
    }
}
