import Fluent
import Foundation

/// One line of the append-only audit log: who did what to which record, chained to the line before by hash.
///
/// Rows are never updated or deleted (the table refuses it, see ``CreateAuditEntries``); `hash` covers every other
/// column and the previous row's hash, so editing, removing or reordering a row breaks the chain at that row.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    /// 1, 2, 3, … without gaps: a missing number is a deleted row.
    @Field(key: "seq") var seq: Int64
    /// When, in milliseconds since 1970 (an integer, so that the hash survives every database's date precision).
    @Field(key: "at_ms") var atMilliseconds: Int64
    /// The user who acted; nil for the system (jobs, retention). No foreign key: the log outlives deleted users.
    @OptionalField(key: "actor_id") var actorID: UUID?
    /// The actor's name at the time, so that the log reads on its own.
    @Field(key: "actor_name") var actorName: String
    /// The unit whose records changed, for scoping who may read the entry.
    @OptionalField(key: "unit_id") var unitID: UUID?
    /// What happened, as `area.verb` (for example `case.open`, `review.dismiss`, `user.role`).
    @Field(key: "action") var action: String
    /// The kind of record that changed (for example `case`, `user`).
    @Field(key: "subject_type") var subjectType: String
    /// The record's id.
    @Field(key: "subject_id") var subjectID: String
    /// Further facts as a JSON object with sorted keys (old and new values, reasons).
    @Field(key: "details") var details: String
    @Field(key: "prev_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    init() {}
}
