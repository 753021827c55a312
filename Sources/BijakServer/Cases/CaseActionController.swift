import Fluent
import Vapor

/// What Kepatuhan Internal does to cases: open one from a confirmed review item, move it, record the hearing and
/// the outcome. Every action is a person's decision, recorded with their name.
enum CaseActionController {
    /// "Buka kasus" on a confirmed review item.
    static func openFromReview(_ request: Request) async throws -> Response {
        let (reviewer, _, item) = try await ReviewItemController.itemInScope(request, acting: true)
        guard reviewer.role == .patnal else { throw AppError.forbidden }
        guard item.status == .confirmed else { throw AppError.invalidField("status") }
        let itemID = try item.requireID()
        if let existing = try await EthicsCase.query(on: request.db).filter(\.$reviewItemID == itemID).first() {
            return request.redirect(to: "/kasus/\(try existing.requireID())", redirectType: .normal)
        }
        let post = item.post
        let account = post.account
        let owner = try await account.$owner.get(on: request.db)
        let rules = (item.confirmedRules ?? "").split(separator: ",").map(String.init)
        let draft = CaseOpening.Draft(
            unitID: item.unitID, source: "review", reviewItemID: itemID, subjectUserID: owner?.id,
            subjectLabel: owner?.name ?? "@\(account.handle)",
            summary: [rules.joined(separator: ", "), item.decisionNote ?? ""].filter { !$0.isEmpty }.joined(separator: " — "),
            ruleIDs: rules, reporterID: nil, reporterAnonymous: false,
            evidence: .init(text: post.text, url: post.url, platform: account.platform.rawValue, handle: account.handle,
                            postedAt: post.postedAt, capturedAt: post.capturedAt))
        do {
            let ethicsCase = try await CaseOpening.open(draft, by: reviewer, deadlineDays: try CaseDeadline.days(),
                                                        on: request.db)
            return request.redirect(to: "/kasus/\(try ethicsCase.requireID())", redirectType: .normal)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Someone opened the same case a moment ago: the unique review item refused the second.
            throw AppError.conflict
        }
    }

    struct StatusForm: Content {
        var status: String?
        var note: String?
    }

    static func move(_ request: Request) async throws -> Response {
        let access = try await CaseAccess.requireActor(request)
        let form = try request.content.decode(StatusForm.self)
        guard let target = form.status.flatMap(CaseStatus.init(rawValue:)) else { throw AppError.invalidField("status") }
        let note = try ReviewItemController.optionalNote(form.note)
        try await CaseTransitions.move(access.ethicsCase, to: target, note: note, by: access.viewer, on: request.db)
        return request.redirect(to: "/kasus/\(try access.ethicsCase.requireID())", redirectType: .normal)
    }

    struct HearingForm: Content {
        var date: String?
        var panel: String?
        var notes: String?
    }

    static func hearing(_ request: Request) async throws -> Response {
        let access = try await CaseAccess.requireActor(request)
        let form = try request.content.decode(HearingForm.self)
        guard let date = form.date.flatMap(parseDay) else { throw AppError.invalidField("date") }
        guard let panel = FormField.text(form.panel, maxLength: 500), SafeText.isClean(panel) else {
            throw AppError.invalidField("panel")
        }
        let notes = try ReviewItemController.optionalNote(form.notes)
        try await CaseTransitions.recordHearing(access.ethicsCase, at: date, panel: panel, notes: notes,
                                                by: access.viewer, on: request.db)
        return request.redirect(to: "/kasus/\(try access.ethicsCase.requireID())", redirectType: .normal)
    }

    struct OutcomeForm: Content {
        var not_proven: String?
        var moral: String?
        var discipline: String?
        var referral: String?
        var note: String?
    }

    static func decide(_ request: Request) async throws -> Response {
        let access = try await CaseAccess.requireActor(request)
        let form = try request.content.decode(OutcomeForm.self)
        guard let note = try ReviewItemController.optionalNote(form.note) else { throw AppError.invalidField("note") }
        func chosen(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        // The discipline select sends "level:type", so a type can never be paired with another level's name.
        let discipline = chosen(form.discipline)?.split(separator: ":").map(String.init)
        if let discipline, discipline.count != 2 { throw AppError.invalidField("discipline") }
        let outcome = CaseTransitions.Outcome(
            notProven: form.not_proven == "on" || form.not_proven == "1", moral: chosen(form.moral),
            disciplineLevel: discipline?[0], disciplineType: discipline?[1], referral: chosen(form.referral), note: note)
        try await CaseTransitions.decide(access.ethicsCase, outcome, by: access.viewer, on: request.db)
        return request.redirect(to: "/kasus/\(try access.ethicsCase.requireID())", redirectType: .normal)
    }

    /// A calendar day `YYYY-MM-DD` (as a date input sends it), at midnight UTC.
    static func parseDay(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard text.count == 10, let date = formatter.date(from: text) else { return nil }
        return date
    }
}
