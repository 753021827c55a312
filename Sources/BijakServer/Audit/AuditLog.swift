import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Writes to and checks the append-only, hash-chained audit log.
///
/// Call ``record(_:subjectType:subjectID:actor:unitID:details:on:)`` with the same database (or transaction) that
/// makes the change, so that the change and its audit entry commit together or not at all.
enum AuditLog {
    /// Appends an entry and returns it.
    ///
    /// Two writers never fork the chain: on PostgreSQL a transaction-scoped advisory lock serialises appends; on any
    /// database `seq` is unique, so a writer that lost a race gets a constraint error and (outside a caller's
    /// transaction) tries again with the new tail. SQLite answers a writer that lost the race for its single write
    /// lock with "busy", which is retried the same way.
    @discardableResult
    static func record(_ action: String, subjectType: String, subjectID: String, actor: User?, unitID: UUID?,
                       details: [String: String] = [:], on database: any Database,
                       now: Date = Date()) async throws -> AuditEntry {
        let attempts = database.inTransaction ? 1 : 50
        var lastError: (any Error)?
        for attempt in 0..<attempts {
            if attempt > 0 { try await Task.sleep(nanoseconds: UInt64.random(in: 1_000_000...5_000_000)) }
            do {
                return try await database.transaction { transaction in
                    try await append(action, subjectType: subjectType, subjectID: subjectID, actor: actor,
                                     unitID: unitID, details: details, on: transaction, now: now)
                }
            } catch {
                guard isLostRace(error) else { throw error }
                lastError = error
            }
        }
        throw lastError ?? AppError.internalError
    }

    private static func append(_ action: String, subjectType: String, subjectID: String, actor: User?, unitID: UUID?,
                               details: [String: String], on database: any Database, now: Date) async throws -> AuditEntry {
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" {
            // Held until the transaction ends: appends from every instance queue here.
            try await sql.raw("SELECT pg_advisory_xact_lock(\(literal: advisoryLockKey))").run()
        }
        let tail = try await AuditEntry.query(on: database).sort(\.$seq, .descending).first()
        let entry = AuditEntry()
        entry.seq = (tail?.seq ?? 0) + 1
        entry.atMilliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        entry.actorID = actor?.id
        entry.actorName = actor?.name ?? "sistem"
        entry.unitID = unitID
        entry.action = action
        entry.subjectType = subjectType
        entry.subjectID = subjectID
        entry.details = AuditChain.canonicalDetails(details)
        entry.previousHash = tail?.hash ?? AuditChain.genesis
        entry.hash = AuditChain.expectedHash(of: entry)
        try await entry.create(on: database)
        return entry
    }

    /// Whether `error` means another writer appended first: a duplicate `seq`, or SQLite's write lock taken.
    private static func isLostRace(_ error: any Error) -> Bool {
        if (error as? any DatabaseError)?.isConstraintFailure == true { return true }
        guard let sqlite = error as? SQLiteError else { return false }
        return [.busy, .busyInSnapshot, .busyTimeout, .busyInRecovery, .locked, .lockedBySharedCache]
            .contains(sqlite.reason)
    }

    /// An arbitrary constant naming the audit log's advisory lock.
    private static let advisoryLockKey: Int64 = 0x6269_6A61_6B41

    /// Walks the whole chain in order and reports the first entry that does not hold.
    static func verify(on database: any Database, pageSize: Int = 1_000) async throws -> AuditVerification {
        var expectedSeq: Int64 = 1
        var previousHash = AuditChain.genesis
        while true {
            let page = try await AuditEntry.query(on: database).filter(\.$seq >= expectedSeq).sort(\.$seq)
                .limit(pageSize).all()
            for entry in page {
                if let problem = problem(with: entry, expectedSeq: expectedSeq, previousHash: previousHash) {
                    return AuditVerification(checkedEntries: Int(expectedSeq - 1),
                                             firstBroken: .init(seq: entry.seq, problem: problem))
                }
                previousHash = entry.hash
                expectedSeq += 1
            }
            if page.count < pageSize { break }
        }
        return AuditVerification(checkedEntries: Int(expectedSeq - 1), firstBroken: nil)
    }

    private static func problem(with entry: AuditEntry, expectedSeq: Int64,
                                previousHash: String) -> AuditVerification.Problem? {
        if entry.seq != expectedSeq { return .missingEntries(expected: expectedSeq) }
        if entry.previousHash != previousHash { return .brokenLink }
        if entry.hash != AuditChain.expectedHash(of: entry) { return .contentChanged }
        return nil
    }
}
