import Fluent
import Foundation

/// An ethics case about one staff member's public conduct, opened from a confirmed review item or a complaint.
///
/// The evidence columns are a snapshot taken when the case opens and are never written again; `evidence_sha256`
/// lets anyone recompute and compare (see ``CaseEvidence``). Outcomes are people's recorded decisions: nothing in
/// Bijak applies a sanction.
final class EthicsCase: Model, @unchecked Sendable {
    static let schema = "cases"

    @ID(key: .id) var id: UUID?
    /// The unit whose Kepatuhan Internal handles the case (the reported person's unit).
    @Field(key: "unit_id") var unitID: UUID
    @Enum(key: "status") var status: CaseStatus
    /// `review` (from a confirmed review item) or `report` (from the complaint form).
    @Field(key: "source") var source: String
    @OptionalField(key: "review_item_id") var reviewItemID: UUID?
    /// The reported person, when they are a user of Bijak.
    @OptionalField(key: "subject_user_id") var subjectUserID: UUID?
    /// Who or what is reported, as the case names it (a name, or the account's handle).
    @Field(key: "subject_label") var subjectLabel: String
    @Field(key: "summary") var summary: String
    /// The rules confirmed by the review the case came from (comma-separated ids; empty for a complaint).
    @Field(key: "rule_ids") var ruleIDs: String
    /// The person who reported it (complaints only).
    @OptionalField(key: "reporter_id") var reporterID: UUID?
    /// When true, the reporter is never shown to the reported person or put in anything they can export.
    @Field(key: "reporter_anonymous") var reporterAnonymous: Bool
    @Field(key: "opened_by") var openedBy: UUID

    @Field(key: "evidence_text") var evidenceText: String
    @OptionalField(key: "evidence_url") var evidenceURL: String?
    @Field(key: "evidence_platform") var evidencePlatform: String
    @Field(key: "evidence_handle") var evidenceHandle: String
    @OptionalField(key: "evidence_posted_at") var evidencePostedAt: Date?
    @Field(key: "evidence_captured_at") var evidenceCapturedAt: Date
    /// Hex SHA-256 of the snapshot's canonical form (``CaseEvidence/canonical(of:)``).
    @Field(key: "evidence_sha256") var evidenceSHA256: String

    /// By when the reported person's direct superior has to act.
    @Field(key: "deadline_at") var deadlineAt: Date

    @OptionalField(key: "hearing_at") var hearingAt: Date?
    @OptionalField(key: "hearing_panel") var hearingPanel: String?
    @OptionalField(key: "hearing_notes") var hearingNotes: String?

    /// The outcome as decided at the hearing (``CaseOutcome``), all empty until then.
    @OptionalField(key: "outcome_not_proven") var outcomeNotProven: Bool?
    @OptionalField(key: "outcome_moral") var outcomeMoral: String?
    @OptionalField(key: "outcome_discipline_level") var outcomeDisciplineLevel: String?
    @OptionalField(key: "outcome_discipline_type") var outcomeDisciplineType: String?
    @OptionalField(key: "outcome_referral") var outcomeReferral: String?
    @OptionalField(key: "outcome_note") var outcomeNote: String?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// One step in a case's history: who did what, when, with what note.
final class CaseEvent: Model, @unchecked Sendable {
    static let schema = "case_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "at") var at: Date
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    /// `opened`, `status`, `hearing` or `outcome`.
    @Field(key: "kind") var kind: String
    @OptionalField(key: "from_status") var fromStatus: String?
    @OptionalField(key: "to_status") var toStatus: String?
    @OptionalField(key: "note") var note: String?

    init() {}

    init(caseID: UUID, at: Date, actor: User, kind: String, from: CaseStatus?, to: CaseStatus?, note: String?) {
        self.caseID = caseID
        self.at = at
        self.actorID = actor.id
        self.actorName = actor.name
        self.kind = kind
        self.fromStatus = from?.rawValue
        self.toStatus = to?.rawValue
        self.note = note
    }
}

extension EthicsCase {
    /// Whether the reported person has been notified and may see the case.
    ///
    /// Rule: the reported person learns of a case when summoned to the ethics hearing (sidang kode etik), so they
    /// see it from `hearing` on, and still after it is decided, appealed or closed. While Kepatuhan Internal is
    /// still examining the facts (`open`, `under_review`) a case may be closed without substance; such a case stays
    /// internal and is never shown to them.
    var visibleToSubject: Bool {
        switch status {
        case .open, .underReview: return false
        case .hearing, .decided, .appealed: return true
        case .closed: return hearingAt != nil || decidedAt != nil
        }
    }

    /// Whether the superior's deadline has passed while the case is still undecided.
    func isOverdue(now: Date = Date()) -> Bool {
        [.open, .underReview, .hearing].contains(status) && deadlineAt < now
    }
}
