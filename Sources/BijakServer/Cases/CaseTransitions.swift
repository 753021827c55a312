import Fluent
import Foundation
import SQLKit

/// Status changes, hearings and outcomes of a case. Each is a conditional UPDATE on the status the actor saw, so
/// two people acting at once cannot both move the case, and each writes its history and audit entries in the same
/// transaction.
enum CaseTransitions {
    /// Moves the case to `target`, when that is an allowed next stage.
    static func move(_ ethicsCase: EthicsCase, to target: CaseStatus, note: String?, by actor: User,
                     on database: any Database, now: Date = Date()) async throws {
        let from = ethicsCase.status
        guard from.next.contains(target) else { throw AppError.invalidField("status") }
        try await change(ethicsCase, from: from, on: database) { update in
            update.set("status", to: target.rawValue)
        } record: { transaction, caseID in
            try await CaseEvent(caseID: caseID, at: now, actor: actor, kind: "status", from: from, to: target,
                                note: note).create(on: transaction)
            try await AuditLog.record("case.status", subjectType: "case", subjectID: caseID.uuidString, actor: actor,
                                      unitID: ethicsCase.unitID, details: ["from": from.rawValue, "to": target.rawValue],
                                      on: transaction)
        }
    }

    /// Records the hearing's date, panel and notes (while the case is at the hearing stage).
    static func recordHearing(_ ethicsCase: EthicsCase, at date: Date, panel: String, notes: String?, by actor: User,
                              on database: any Database, now: Date = Date()) async throws {
        guard ethicsCase.status == .hearing else { throw AppError.invalidField("status") }
        try await change(ethicsCase, from: .hearing, on: database) { update in
            update.set("hearing_at", to: date).set("hearing_panel", to: panel).set("hearing_notes", to: notes)
        } record: { transaction, caseID in
            try await CaseEvent(caseID: caseID, at: now, actor: actor, kind: "hearing", from: nil, to: nil,
                                note: panel).create(on: transaction)
            try await AuditLog.record("case.hearing", subjectType: "case", subjectID: caseID.uuidString, actor: actor,
                                      unitID: ethicsCase.unitID, details: ["panel": panel], on: transaction)
        }
    }

    /// A hearing's outcome: what the people deciding chose.
    struct Outcome: Sendable, Equatable {
        var notProven: Bool
        var moral: String?
        var disciplineLevel: String?
        var disciplineType: String?
        var referral: String?
        var note: String

        /// Refuses contradictions: "not proven" stands alone; a discipline level needs a sanction type of that
        /// level; at least one part is chosen.
        func validate() throws {
            if notProven && (moral != nil || disciplineLevel != nil || referral != nil) {
                throw AppError.invalidField("outcome")
            }
            if !notProven && moral == nil && disciplineLevel == nil && referral == nil {
                throw AppError.invalidField("outcome")
            }
            if let moral, !CaseOutcome.moralSanctions.contains(moral) { throw AppError.invalidField("moral") }
            if let referral, !CaseOutcome.referrals.contains(referral) { throw AppError.invalidField("referral") }
            switch (disciplineLevel, disciplineType) {
            case (nil, nil): break
            case (let level?, let type?) where CaseOutcome.isValid(level: level, type: type): break
            default: throw AppError.invalidField("discipline")
            }
        }
    }

    /// Records the outcome and moves the case from hearing to decided.
    static func decide(_ ethicsCase: EthicsCase, _ outcome: Outcome, by actor: User, on database: any Database,
                       now: Date = Date()) async throws {
        try outcome.validate()
        guard ethicsCase.status == .hearing else { throw AppError.invalidField("status") }
        let actorID = try actor.requireID()
        try await change(ethicsCase, from: .hearing, on: database) { update in
            update.set("status", to: CaseStatus.decided.rawValue)
                .set("outcome_not_proven", to: outcome.notProven)
                .set("outcome_moral", to: outcome.moral)
                .set("outcome_discipline_level", to: outcome.disciplineLevel)
                .set("outcome_discipline_type", to: outcome.disciplineType)
                .set("outcome_referral", to: outcome.referral)
                .set("outcome_note", to: outcome.note)
                .set("decided_by", to: actorID)
                .set("decided_at", to: now)
        } record: { transaction, caseID in
            try await CaseEvent(caseID: caseID, at: now, actor: actor, kind: "outcome", from: .hearing, to: .decided,
                                note: outcome.note).create(on: transaction)
            try await AuditLog.record("case.decide", subjectType: "case", subjectID: caseID.uuidString, actor: actor,
                                      unitID: ethicsCase.unitID,
                                      details: ["not_proven": outcome.notProven ? "true" : "false",
                                                "moral": outcome.moral ?? "",
                                                "discipline_level": outcome.disciplineLevel ?? "",
                                                "discipline_type": outcome.disciplineType ?? "",
                                                "referral": outcome.referral ?? ""],
                                      on: transaction)
        }
    }

    /// Runs `update` on the case only if it is still at `from`, then `record` in the same transaction.
    private static func change(_ ethicsCase: EthicsCase, from: CaseStatus, on database: any Database,
                               update: @Sendable @escaping (SQLUpdateBuilder) -> SQLUpdateBuilder,
                               record: @Sendable @escaping (any Database, UUID) async throws -> Void) async throws {
        let caseID = try ethicsCase.requireID()
        try await database.transaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { throw AppError.internalError }
            let changed = try await update(sql.update(EthicsCase.schema))
                .where("id", .equal, caseID).where("status", .equal, from.rawValue)
                .returning("id").all()
            guard !changed.isEmpty else { throw AppError.conflict }
            try await record(transaction, caseID)
        }
    }
}
