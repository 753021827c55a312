import BijakCore
import Fluent
import Foundation
import SQLKit

/// Every change to a Humas draft. Each step runs in one transaction that moves the state with a conditional UPDATE
/// (so that two approvers acting at once cannot both succeed), writes a history row and appends an audit entry.
///
/// A version the engine would block can be submitted only with a written justification, which the approver sees;
/// the approver may still approve it: Bijak advises, people decide.
enum DraftWorkflow {
    /// What an approver or officer adds to a step.
    struct StepInput: Sendable {
        var comment: String?
        var suggestedText: String?
        var justification: String?
        var plannedAt: Date?
        var publishedURL: String?
        var inLibrary = false
        /// On submit: the decision of the current version checked again now (the rulebook may have changed since
        /// it was saved); without one the saved decision counts.
        var submittedDecision: Decision?
    }

    /// Creates a draft with its first version.
    static func create(_ content: DraftContent, verdict: Verdict, by author: User, scope: UnitScope,
                       on database: any Database) async throws -> HumasDraft {
        let unitID = content.account.$unit.id
        guard HumasAccess.canWrite(author, unitID: unitID, scope: scope),
              content.account.kind == .institutional else { throw AppError.forbidden }
        let authorID = try author.requireID()
        return try await database.transaction { transaction in
            let draft = HumasDraft()
            draft.unitID = unitID
            draft.$account.id = try content.account.requireID()
            draft.authorID = authorID
            draft.authorName = author.name
            draft.status = .draft
            draft.currentVersion = 1
            draft.text = content.text
            draft.decision = verdict.decision.rawValue
            draft.plannedAt = content.plannedAt
            draft.inLibrary = false
            try await draft.create(on: transaction)
            try await saveVersion(1, of: draft, content: content, verdict: verdict, authorID: authorID, on: transaction)
            try await record(.create, draft: draft, from: nil, version: 1, actor: author, input: StepInput(),
                             on: transaction)
            return draft
        }
    }

    /// Saves a new version of an editable draft (its author only); a returned draft becomes a draft again.
    static func revise(_ draft: HumasDraft, with content: DraftContent, verdict: Verdict, by author: User,
                       scope: UnitScope, on database: any Database) async throws {
        guard HumasAccess.may(author, .revise, draft: draft, scope: scope),
              content.account.kind == .institutional, scope.contains(content.account.$unit.id) else {
            throw AppError.forbidden
        }
        let authorID = try author.requireID()
        let draftID = try draft.requireID()
        try await database.transaction { transaction in
            let previous = draft.currentVersion
            let number = previous + 1
            // The version number guards against two saves of the same draft at once.
            let moved = try await sql(transaction).update(HumasDraft.schema)
                .set("status", to: DraftStatus.draft.rawValue)
                .set("current_version", to: number)
                .where("id", .equal, draftID)
                .where("current_version", .equal, previous)
                .where("author_id", .equal, authorID)
                .where("status", .in, DraftTransition.revise.from.map(\.rawValue))
                .returning("id").all()
            guard !moved.isEmpty else { throw AppError.invalidField("status") }
            let from = draft.status
            guard let fresh = try await HumasDraft.find(draftID, on: transaction) else { throw AppError.notFound }
            fresh.unitID = content.account.$unit.id
            fresh.$account.id = try content.account.requireID()
            fresh.text = content.text
            fresh.decision = verdict.decision.rawValue
            fresh.plannedAt = content.plannedAt
            try await fresh.save(on: transaction)
            try await saveVersion(number, of: fresh, content: content, verdict: verdict, authorID: authorID,
                                  on: transaction)
            try await record(.revise, draft: fresh, from: from, version: number, actor: author, input: StepInput(),
                             on: transaction)
        }
    }

    /// Takes one of the steps after writing: submit, request changes, approve, reject, schedule, publish.
    static func perform(_ transition: DraftTransition, on draft: HumasDraft, by actor: User, scope: UnitScope,
                        input: StepInput, database: any Database) async throws {
        guard transition != .create, transition != .revise else { throw AppError.badRequest }
        guard HumasAccess.may(actor, transition, draft: draft, scope: scope) else { throw AppError.forbidden }
        try validate(transition, draft: draft, input: input)
        let actorID = try actor.requireID()
        let draftID = try draft.requireID()
        try await database.transaction { transaction in
            var update = try sql(transaction).update(HumasDraft.schema)
                .set("status", to: transition.to.rawValue)
                .where("id", .equal, draftID)
                .where("status", .in, transition.from.map(\.rawValue))
            switch transition {
            case .submit:
                update = update.where("author_id", .equal, actorID)
                if let decision = input.submittedDecision { update = update.set("decision", to: decision.rawValue) }
            case .requestChanges, .reject:
                update = update.where("author_id", .notEqual, actorID)
            case .approve:
                update = update.where("author_id", .notEqual, actorID)
                    .set("approved_by", to: actorID).set("in_library", to: input.inLibrary)
            case .schedule:
                update = update.set("planned_at", to: input.plannedAt)
            case .publish:
                update = update.set("published_at", to: Date()).set("published_url", to: input.publishedURL)
            case .create, .revise:
                break
            }
            let moved = try await update.returning("id").all()
            guard !moved.isEmpty else { throw AppError.invalidField("status") }
            if transition == .submit, let justification = input.justification {
                try await HumasDraftVersion.query(on: transaction)
                    .filter(\.$draft.$id == draftID).filter(\.$number == draft.currentVersion)
                    .set(\.$justification, to: justification).update()
            }
            try await record(transition, draft: draft, from: draft.status, version: draft.currentVersion,
                             actor: actor, input: input, on: transaction)
        }
    }

    /// Refuses a step whose own input is missing: a comment for a return or a rejection, a time for scheduling, a
    /// justification for submitting what the engine would block.
    private static func validate(_ transition: DraftTransition, draft: HumasDraft, input: StepInput) throws {
        switch transition {
        case .submit where (input.submittedDecision?.rawValue ?? draft.decision) == Decision.block.rawValue
            && input.justification == nil:
            throw AppError.invalidField("justification")
        case .requestChanges where input.comment == nil, .reject where input.comment == nil:
            throw AppError.invalidField("comment")
        case .schedule where input.plannedAt == nil:
            throw AppError.invalidField("planned")
        default:
            break
        }
    }

    private static func saveVersion(_ number: Int, of draft: HumasDraft, content: DraftContent, verdict: Verdict,
                                    authorID: UUID, on database: any Database) async throws {
        let version = HumasDraftVersion()
        version.$draft.id = try draft.requireID()
        version.number = number
        version.text = content.text
        version.mediaJSON = content.mediaJSON
        version.accountID = try content.account.requireID()
        version.plannedAt = content.plannedAt
        version.decision = verdict.decision.rawValue
        version.verdictJSON = String(decoding: try CheckService.encodeJSON(verdict), as: UTF8.self)
        version.authorID = authorID
        try await version.create(on: database)
    }

    /// The history row and the audit entry of one step, in the step's transaction.
    private static func record(_ transition: DraftTransition, draft: HumasDraft, from: DraftStatus?, version: Int,
                               actor: User, input: StepInput, on database: any Database) async throws {
        let event = HumasDraftEvent()
        event.$draft.id = try draft.requireID()
        event.action = transition.rawValue
        event.actorID = try actor.requireID()
        event.actorName = actor.name
        event.fromStatus = from?.rawValue
        event.toStatus = transition.to.rawValue
        event.version = version
        event.comment = input.comment ?? input.justification
        event.suggestedText = input.suggestedText
        event.at = Date()
        try await event.create(on: database)
        var details = ["to": transition.to.rawValue, "version": String(version)]
        if let decision = input.submittedDecision { details["decision"] = decision.rawValue }
        if let from { details["from"] = from.rawValue }
        try await AuditLog.record(transition.auditAction, subjectType: "humas_draft",
                                  subjectID: try draft.requireID().uuidString, actor: actor, unitID: draft.unitID,
                                  details: details, on: database)
    }

    private static func sql(_ database: any Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else { throw AppError.internalError }
        return sql
    }
}
