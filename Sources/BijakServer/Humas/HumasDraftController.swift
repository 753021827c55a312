import BijakCore
import Fluent
import Foundation
import Vapor

/// The Humas drafts: list, editor (with "Periksa" that re-renders the verdict without saving), and the workflow's
/// steps. See ``HumasAccess`` for who may do what and ``DraftWorkflow`` for the steps themselves.
enum HumasDraftController {
    struct ListRow: Encodable {
        let id: String
        let status: String
        let statusLabel: String
        let account: String
        let author: String
        let decision: String
        let decisionLabel: String
        let planned: String
        let excerpt: String
    }

    struct ListPage: Encodable {
        let rows: [ListRow]
        let canWrite: Bool
    }

    struct EditorPage: Encodable {
        let formAction: String
        let form: DraftForm.Values
        let accounts: [HumasQueries.Option]
        let result: VerdictView?
        let checkedOnly: Bool
    }

    /// The drafts of the scope; staff without a Humas role land on the content library instead.
    static func list(_ request: Request) async throws -> Response {
        let signedIn = try request.requireUser()
        guard HumasAccess.readers.contains(signedIn.role) else {
            return request.redirect(to: "/humas/pustaka", redirectType: .normal)
        }
        let user = signedIn
        let scope = try await UnitScope.of(user, on: request.db)
        let strings = UIStrings.table(request.language)
        let drafts = try await HumasDraft.query(on: request.db).filter(\.$unitID ~~ Array(scope.ids))
            .with(\.$account).sort(\.$updatedAt, .descending).limit(500).all()
        let rows = drafts.map { row($0, scope: scope, strings: strings) }
        return try await PageRenderer.render("humas-drafts", titleKey: "humas_title",
                                             page: ListPage(rows: rows, canWrite: HumasAccess.writers.contains(user.role)),
                                             on: request).encodeResponse(for: request)
    }

    /// GET /humas/draf/baru: an empty editor.
    static func newDraft(_ request: Request) async throws -> View {
        let user = try request.requireRole(HumasAccess.writers)
        let scope = try await UnitScope.of(user, on: request.db)
        return try await renderEditor(values: DraftForm.Values(), result: nil, scope: scope, on: request)
    }

    /// POST /humas/draf: checks the draft; with `intent=check` shows the verdict only, otherwise saves version 1.
    static func create(_ request: Request) async throws -> Response {
        let user = try request.requireRole(HumasAccess.writers)
        let scope = try await UnitScope.of(user, on: request.db)
        let form = try DraftForm.decode(request)
        let content = try await form.content(scope: scope, on: request.db)
        let verdict = CheckService.check(content.post, on: request)
        if form.wantsCheckOnly {
            let result = VerdictView(verdict: verdict, post: content.post, strings: UIStrings.table(request.language))
            return try await renderEditor(values: form.values, result: result, scope: scope, on: request)
                .encodeResponse(for: request)
        }
        let draft = try await DraftWorkflow.create(content, verdict: verdict, by: user, scope: scope, on: request.db)
        return request.redirect(to: "/humas/draf/\(try draft.requireID())", redirectType: .normal)
    }

    /// GET /humas/draf/{id}: the draft page.
    static func show(_ request: Request) async throws -> View {
        let user = try request.requireRole(HumasAccess.readers)
        let scope = try await UnitScope.of(user, on: request.db)
        let draft = try await HumasQueries.draft(request, scope: scope)
        return try await DraftPageBuilder.render(draft, for: user, scope: scope, edited: nil, on: request)
    }

    /// POST /humas/draf/{id}: checks the edited draft; with `intent=check` shows the verdict only, otherwise saves a new version.
    static func revise(_ request: Request) async throws -> Response {
        let user = try request.requireRole(HumasAccess.writers)
        let scope = try await UnitScope.of(user, on: request.db)
        let draft = try await HumasQueries.draft(request, scope: scope)
        guard HumasAccess.may(user, .revise, draft: draft, scope: scope) else { throw AppError.forbidden }
        let form = try DraftForm.decode(request)
        let content = try await form.content(scope: scope, on: request.db)
        let verdict = CheckService.check(content.post, on: request)
        if form.wantsCheckOnly {
            let result = VerdictView(verdict: verdict, post: content.post, strings: UIStrings.table(request.language))
            return try await DraftPageBuilder.render(draft, for: user, scope: scope, edited: (form.values, result),
                                                     on: request).encodeResponse(for: request)
        }
        try await DraftWorkflow.revise(draft, with: content, verdict: verdict, by: user, scope: scope, on: request.db)
        return request.redirect(to: "/humas/draf/\(try draft.requireID())", redirectType: .normal)
    }

    /// The steps after writing, by the path's last word.
    static let stepPaths: [String: DraftTransition] = [
        "ajukan": .submit, "minta-ubah": .requestChanges, "setujui": .approve, "tolak": .reject,
        "jadwalkan": .schedule, "terbitkan": .publish,
    ]

    /// POST /humas/draf/{id}/{step}: one workflow step (see ``stepPaths``); submitting checks the current version again.
    static func step(_ request: Request) async throws -> Response {
        let user = try request.requireRole(HumasAccess.writers)
        guard let transition = request.parameters.get("step").flatMap({ stepPaths[$0] }) else {
            throw AppError.notFound
        }
        let scope = try await UnitScope.of(user, on: request.db)
        let draft = try await HumasQueries.draft(request, scope: scope)
        let zone = scope.unit(draft.unitID)?.timeZone ?? .wib
        var input = try DraftForm.decode(request).stepInput(zone: zone)
        if transition == .submit {
            input.submittedDecision = try await recheck(draft, zone: zone, on: request)
        }
        try await DraftWorkflow.perform(transition, on: draft, by: user, scope: scope, input: input,
                                        database: request.db)
        return request.redirect(to: "/humas/draf/\(try draft.requireID())", redirectType: .normal)
    }

    /// Checks the draft's current version again, as it will be submitted.
    private static func recheck(_ draft: HumasDraft, zone: IndonesianTimeZone, on request: Request) async throws -> Decision? {
        guard let version = try await HumasDraftVersion.query(on: request.db).filter(\.$draft.$id == draft.requireID())
            .filter(\.$number == draft.currentVersion).first(),
              let account = try await SocialAccount.find(version.accountID, on: request.db) else { return nil }
        let content = DraftContent(text: version.text, media: DraftContent.media(fromJSON: version.mediaJSON),
                                   account: account, plannedAt: version.plannedAt, zone: zone)
        return CheckService.check(content.post, on: request).decision
    }

    /// A draft as the list shows it.
    static func row(_ draft: HumasDraft, scope: UnitScope, strings: [String: String]) -> ListRow {
        let zone = scope.unit(draft.unitID)?.timeZone ?? .wib
        return ListRow(id: draft.id?.uuidString ?? "", status: draft.status.rawValue,
                       statusLabel: strings["status_\(draft.status.rawValue)"] ?? draft.status.rawValue,
                       account: draft.$account.value.map { HumasQueries.label($0, scope: scope) } ?? "",
                       author: draft.authorName, decision: draft.decision,
                       decisionLabel: strings["decision_\(draft.decision)"] ?? draft.decision,
                       planned: LocalTime.text(draft.publishedAt ?? draft.plannedAt, zone: zone),
                       excerpt: excerpt(draft.text))
    }

    /// The first 100 characters, with an ellipsis when cut.
    static func excerpt(_ text: String) -> String {
        text.count > 100 ? String(text.prefix(100)) + "…" : text
    }

    private static func renderEditor(values: DraftForm.Values, result: VerdictView?, scope: UnitScope,
                                     on request: Request) async throws -> View {
        let page = EditorPage(formAction: "/humas/draf", form: values,
                              accounts: try await HumasQueries.accountOptions(in: scope, on: request.db),
                              result: result, checkedOnly: result != nil)
        return try await PageRenderer.render("humas-draft-new", titleKey: "humas_new", page: page, on: request)
    }
}
