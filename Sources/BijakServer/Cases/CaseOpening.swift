import Fluent
import Foundation

/// Opens cases, with their evidence snapshot, first history entry and audit entry in one transaction.
enum CaseOpening {
    /// Everything a new case needs besides the actor.
    struct Draft: Sendable {
        var unitID: UUID
        var source: String
        var reviewItemID: UUID?
        var subjectUserID: UUID?
        var subjectLabel: String
        var summary: String
        var ruleIDs: [String]
        var reporterID: UUID?
        var reporterAnonymous: Bool
        var evidence: CaseEvidence.Snapshot
    }

    /// How history and audit name an anonymous reporter.
    static let anonymousReporter = "pelapor anonim / anonymous reporter"

    static func open(_ draft: Draft, by actor: User, deadlineDays: Int, on database: any Database,
                     now: Date = Date()) async throws -> EthicsCase {
        let ethicsCase = EthicsCase()
        ethicsCase.unitID = draft.unitID
        ethicsCase.status = .open
        ethicsCase.source = draft.source
        ethicsCase.reviewItemID = draft.reviewItemID
        ethicsCase.subjectUserID = draft.subjectUserID
        ethicsCase.subjectLabel = draft.subjectLabel
        ethicsCase.summary = draft.summary
        ethicsCase.ruleIDs = draft.ruleIDs.joined(separator: ",")
        ethicsCase.reporterID = draft.reporterID
        ethicsCase.reporterAnonymous = draft.reporterAnonymous
        ethicsCase.openedBy = try actor.requireID()
        ethicsCase.evidenceText = draft.evidence.text
        ethicsCase.evidenceURL = draft.evidence.url
        ethicsCase.evidencePlatform = draft.evidence.platform
        ethicsCase.evidenceHandle = draft.evidence.handle
        ethicsCase.evidencePostedAt = draft.evidence.postedAt
        ethicsCase.evidenceCapturedAt = draft.evidence.capturedAt
        ethicsCase.evidenceSHA256 = CaseEvidence.digest(draft.evidence)
        ethicsCase.deadlineAt = now.addingTimeInterval(TimeInterval(deadlineDays) * 86_400)
        try await database.transaction { transaction in
            try await ethicsCase.create(on: transaction)
            let caseID = try ethicsCase.requireID()
            let event = CaseEvent(caseID: caseID, at: now, actor: actor, kind: "opened", from: nil, to: .open, note: nil)
            // An anonymous reporter is named only in the case row, which only patnal of the unit read: not in the
            // history the reported person sees, nor in the audit log admins read.
            if draft.reporterAnonymous {
                event.actorID = nil
                event.actorName = anonymousReporter
            }
            try await event.create(on: transaction)
            try await AuditLog.record("case.open", subjectType: "case", subjectID: caseID.uuidString,
                                      actor: draft.reporterAnonymous ? nil : actor, unitID: draft.unitID,
                                      details: ["source": draft.source, "evidence_sha256": ethicsCase.evidenceSHA256,
                                                "review_item": draft.reviewItemID?.uuidString ?? "",
                                                "reporter": draft.reporterAnonymous ? "anonymous" : ""],
                                      on: transaction)
        }
        return ethicsCase
    }
}
