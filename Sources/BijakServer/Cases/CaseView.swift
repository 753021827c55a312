import BijakCore
import Fluent
import Foundation

/// A case as its page and its printable report show it, already filtered by what the viewer may see.
struct CaseView: Encodable {
    struct Event: Encodable {
        let at: String
        let actor: String
        let what: String
        let note: String
    }

    let id: String
    let unit: String
    let status: String
    let statusCode: String
    let source: String
    let subject: String
    let summary: String
    let reporter: String
    let opened: String
    let deadline: String
    let overdue: Bool
    let evidenceText: String
    let evidenceURL: String
    let evidencePlatform: String
    let evidenceHandle: String
    let evidencePostedAt: String
    let evidenceCapturedAt: String
    let evidenceSHA256: String
    let hearingAt: String
    let hearingPanel: String
    let hearingNotes: String
    let outcome: [String]
    let outcomeNote: String
    let decidedBy: String
    let decidedAt: String
    let suggestion: String
    let history: [Event]
    let nextStatuses: [AdminUnitController.Option]
    let canAct: Bool
    let canRecordHearing: Bool
    let canDecide: Bool
    let verification: String

    static func make(_ access: CaseAccess, rulebook: Rulebook, language: Language, verification: String = "",
                     on database: any Database) async throws -> CaseView {
        let strings = UIStrings.table(language)
        let ethicsCase = access.ethicsCase
        let caseID = try ethicsCase.requireID()
        let events = try await CaseEvent.query(on: database).filter(\.$caseID == caseID).sort(\.$at).all()
        let people = try await User.query(on: database)
            .filter(\.$id ~~ [ethicsCase.reporterID, ethicsCase.decidedBy, ethicsCase.subjectUserID].compactMap { $0 })
            .all()
        func person(_ id: UUID?) -> User? { people.first { $0.id == id } }
        let seesIdentifiers = access.seesIdentifiers
        func mask(_ text: String) -> String { seesIdentifiers ? text : PersonalDataMask.mask(text) }
        let unit = try await Unit.find(ethicsCase.unitID, on: database)
        let subject = person(ethicsCase.subjectUserID).map {
            "\($0.name) (\(access.seesIdentifiers ? $0.nip : PersonalDataMask.maskNIP($0.nip)))"
        } ?? ethicsCase.subjectLabel
        let reporter = reporterText(access, name: person(ethicsCase.reporterID)?.name, strings: strings)
        let history = events.map { event in
            Event(at: DateText.format(event.at), actor: event.actorName, what: eventText(event, strings: strings),
                  note: access.canAct ? event.note ?? "" : "")
        }
        let nextStatuses: [AdminUnitController.Option] = ethicsCase.status.next.map {
            .init(value: $0.rawValue, label: strings["case_status_\($0.rawValue)"] ?? $0.rawValue)
        }
        let suggestionText = access.canAct
            ? suggestion(for: ethicsCase, rulebook: rulebook, language: language, strings: strings) : ""
        return CaseView(
            id: caseID.uuidString, unit: unit?.name ?? "",
            status: strings["case_status_\(ethicsCase.status.rawValue)"] ?? "", statusCode: ethicsCase.status.rawValue,
            source: strings["case_source_\(ethicsCase.source)"] ?? ethicsCase.source,
            subject: subject, summary: mask(ethicsCase.summary), reporter: reporter,
            opened: DateText.format(ethicsCase.createdAt), deadline: DateText.format(ethicsCase.deadlineAt),
            overdue: ethicsCase.isOverdue(),
            evidenceText: mask(ethicsCase.evidenceText), evidenceURL: ethicsCase.evidenceURL ?? "",
            evidencePlatform: ethicsCase.evidencePlatform, evidenceHandle: ethicsCase.evidenceHandle,
            evidencePostedAt: DateText.format(ethicsCase.evidencePostedAt),
            evidenceCapturedAt: DateText.format(ethicsCase.evidenceCapturedAt),
            evidenceSHA256: ethicsCase.evidenceSHA256,
            // The hearing is a calendar day; the time part would be a misleading midnight.
            hearingAt: String(DateText.format(ethicsCase.hearingAt).prefix(10)), hearingPanel: ethicsCase.hearingPanel ?? "",
            hearingNotes: ethicsCase.hearingNotes ?? "",
            outcome: outcomeLines(ethicsCase, strings: strings), outcomeNote: ethicsCase.outcomeNote ?? "",
            decidedBy: person(ethicsCase.decidedBy)?.name ?? "", decidedAt: DateText.format(ethicsCase.decidedAt),
            suggestion: suggestionText,
            history: history, nextStatuses: nextStatuses,
            canAct: access.canAct, canRecordHearing: access.canAct && ethicsCase.status == .hearing,
            canDecide: access.canAct && ethicsCase.status == .hearing, verification: verification)
    }

    /// The reporter as this viewer may see them: named, "withheld", or nothing when there is none.
    static func reporterText(_ access: CaseAccess, name: String?, strings: [String: String]) -> String {
        guard access.ethicsCase.reporterID != nil else { return "" }
        guard access.canSeeReporter else { return strings["case_reporter_hidden"] ?? "" }
        let anonymous = access.ethicsCase.reporterAnonymous ? " · " + (strings["case_reporter_anonymous"] ?? "") : ""
        return (name ?? "") + anonymous
    }

    /// One history entry in words: the kind, and for stage changes "from → to".
    static func eventText(_ event: CaseEvent, strings: [String: String]) -> String {
        let kind = strings["case_event_\(event.kind)"] ?? event.kind
        guard let to = event.toStatus else { return kind }
        let from = event.fromStatus.map { (strings["case_status_\($0)"] ?? $0) + " → " } ?? ""
        return kind + ": " + from + (strings["case_status_\(to)"] ?? to)
    }

    /// The recorded outcome, one line per part.
    static func outcomeLines(_ ethicsCase: EthicsCase, strings: [String: String]) -> [String] {
        var lines: [String] = []
        if ethicsCase.outcomeNotProven == true { lines.append(strings["outcome_not_proven"] ?? "") }
        if let moral = ethicsCase.outcomeMoral { lines.append(strings["moral_\(moral)"] ?? moral) }
        if let level = ethicsCase.outcomeDisciplineLevel, let type = ethicsCase.outcomeDisciplineType {
            lines.append((strings["level_\(level)"] ?? level) + ": " + (strings["type_\(type)"] ?? type))
        }
        if let referral = ethicsCase.outcomeReferral { lines.append(strings["referral_\(referral)"] ?? referral) }
        return lines
    }

    /// What the rulebook says about sanctions for the rules the review confirmed: a suggestion for the people who
    /// decide, never applied.
    static func suggestion(for ethicsCase: EthicsCase, rulebook: Rulebook, language: Language,
                           strings: [String: String]) -> String {
        let rules = ethicsCase.ruleIDs.split(separator: ",").compactMap { rulebook.rule(String($0)) }
        guard !rules.isEmpty else { return "" }
        return rules.map { rule in
            let level = rule.sanction.discipline.map { " [" + (strings["suggest_level_\($0)"] ?? $0) + "]" } ?? ""
            return "\(rule.id): \(rule.sanction.ethics.text(in: language))\(level)"
        }.joined(separator: " · ")
    }
}
