import BijakCore
import Fluent
import Vapor

/// "Cek sebelum unggah": the check page, usable without an account. The draft lives only in the request and the
/// response, unless a signed-in user ticks "save to my history".
enum CheckPageController {
    struct Page: Encodable {
        let form: CheckForm.Values
        let actions: [Choice]
        let zones: [String]
        let result: VerdictView?
        let saved: Bool
        let canSave: Bool
    }

    struct Choice: Encodable {
        let value: String
        let label: String
    }

    static func show(_ request: Request) async throws -> View {
        var values = CheckForm.Values()
        if let user = request.currentUser, let unit = try await Unit.find(user.$unit.id, on: request.db) {
            values.zone = unit.timeZone.rawValue
        }
        return try await render(values: values, result: nil, saved: false, on: request)
    }

    static func check(_ request: Request) async throws -> View {
        let form: CheckForm
        do {
            form = try request.content.decode(CheckForm.self)
        } catch {
            throw AppError.invalidForm("text")
        }
        let post = try form.post()
        let verdict = CheckService.check(post, on: request)
        var saved = false
        if form.save != nil, let user = request.currentUser {
            try await HistoryStore.save(post: post, verdict: verdict, userID: user.requireID(), on: request.db)
            saved = true
        }
        let strings = UIStrings.table(request.language)
        return try await render(values: form.values, result: VerdictView(verdict: verdict, post: post, strings: strings),
                                saved: saved, on: request)
    }

    private static func render(values: CheckForm.Values, result: VerdictView?, saved: Bool, on request: Request)
        async throws -> View {
        let strings = UIStrings.table(request.language)
        let actions = PostAction.allCases.map { Choice(value: $0.rawValue, label: strings["action_\($0.rawValue)"] ?? $0.rawValue) }
        let page = Page(form: values, actions: actions, zones: IndonesianTimeZone.allCases.map(\.rawValue),
                        result: result, saved: saved, canSave: request.currentUser != nil)
        return try await PageRenderer.render("check", titleKey: "check_title", page: page, on: request)
    }
}
