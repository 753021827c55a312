import Fluent
import Vapor

/// The complaint form (`/laporan`): any signed-in user reports a post. The reporter may stay anonymous to the
/// reported person; their identity is stored and shown only to Kepatuhan Internal of the case's unit.
enum ComplaintController {
    struct Page: Encodable {
        let platforms: [String]
        let sent: Bool
    }

    struct Form: Content {
        var subject_name: String?
        var subject_nip: String?
        var platform: String?
        var handle: String?
        var url: String?
        var text: String?
        var posted_on: String?
        var summary: String?
        var anonymous: String?
    }

    static func show(_ request: Request) async throws -> View {
        _ = try request.requireUser()
        let sent = (request.query[String.self, at: "terkirim"]) == "1"
        return try await PageRenderer.render("complaint", titleKey: "complaint_title",
                                             page: Page(platforms: SocialPlatform.allCases.map(\.rawValue), sent: sent),
                                             on: request)
    }

    static func submit(_ request: Request) async throws -> Response {
        let reporter = try request.requireUser()
        let form = try request.content.decode(Form.self)
        func clean(_ value: String?, _ name: String, max: Int) throws -> String {
            guard let text = FormField.text(value, maxLength: max), SafeText.isClean(text) else {
                throw AppError.invalidField(name)
            }
            return text
        }
        let subjectName = try clean(form.subject_name, "subject_name", max: 200)
        guard let platform = form.platform.flatMap(SocialPlatform.init(rawValue:)) else {
            throw AppError.invalidField("platform")
        }
        let handle = SocialAccount.normalizedHandle(try clean(form.handle, "handle", max: 200))
        let text = try clean(form.text, "text", max: 10_000)
        let summary = try clean(form.summary, "summary", max: 2_000)
        var url: String?
        if let given = FormField.text(form.url, maxLength: 2_000) {
            guard let parsed = URL(string: given), ["http", "https"].contains(parsed.scheme?.lowercased() ?? "") else {
                throw AppError.invalidField("url")
            }
            url = given
        }
        var postedAt: Date?
        if let day = FormField.text(form.posted_on, maxLength: 10) {
            guard let date = CaseActionController.parseDay(day) else { throw AppError.invalidField("posted_on") }
            postedAt = date
        }
        var subject: User?
        if let nipText = FormField.text(form.subject_nip, maxLength: 18) {
            guard let nip = FormField.nip(nipText) else { throw AppError.invalidField("subject_nip") }
            subject = try await User.query(on: request.db).filter(\.$nip == nip).first()
        }
        let account = try await SocialAccount.query(on: request.db)
            .filter(\.$platform == platform).filter(\.$handle == handle).first()
        if subject == nil, let ownerID = account?.$owner.id {
            subject = try await User.find(ownerID, on: request.db)
        }
        // The case goes to the reported person's unit, else the account's, else the reporter's own.
        let unitID = subject?.$unit.id ?? account?.$unit.id ?? reporter.$unit.id
        guard subject?.id != reporter.id else { throw AppError.invalidField("subject_nip") }
        let draft = CaseOpening.Draft(
            unitID: unitID, source: "report", reviewItemID: nil, subjectUserID: subject?.id,
            subjectLabel: subject?.name ?? subjectName, summary: summary, ruleIDs: [], reporterID: reporter.id,
            reporterAnonymous: form.anonymous == "on" || form.anonymous == "1",
            evidence: .init(text: text, url: url, platform: platform.rawValue, handle: handle, postedAt: postedAt,
                            capturedAt: Date()))
        _ = try await CaseOpening.open(draft, by: reporter, deadlineDays: try CaseDeadline.days(), on: request.db)
        return request.redirect(to: "/laporan?terkirim=1", redirectType: .normal)
    }
}
