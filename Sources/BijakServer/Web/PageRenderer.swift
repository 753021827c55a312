import BijakCore
import Vapor

/// What every page's template receives besides its own content: language, texts, the user, the form token.
struct PageContext<Page: Encodable>: Encodable {
    let lang: String
    let otherLang: String
    let t: [String: String]
    let title: String
    let csrf: String
    let user: UserSummary?
    let isAdmin: Bool
    let canDirectory: Bool
    /// Kepatuhan Internal and admins: monitoring, imports, the review queue, cases and dashboards.
    let canOversee: Bool
    let page: Page
}

/// The signed-in user as pages show them.
struct UserSummary: Encodable {
    let name: String
    let nip: String
    let role: String
}

/// An empty page content, for pages that need only the shared context.
struct NoContent: Encodable {}

/// Renders Leaf templates with the shared context.
enum PageRenderer {
    /// Renders `template` with `page`; the title is the text under `titleKey`.
    static func render<Page: Encodable>(_ template: String, titleKey: String, page: Page, on request: Request)
        async throws -> View {
        let table = UIStrings.table(request.language)
        let user = request.currentUser
        let context = PageContext(
            lang: request.language.rawValue, otherLang: request.language.other.rawValue, t: table,
            title: table[titleKey] ?? titleKey, csrf: request.csrfToken,
            user: user.map { UserSummary(name: $0.name, nip: $0.nip, role: table["role_\($0.role.rawValue)"] ?? "") },
            isAdmin: user?.role == .admin, canDirectory: user.map { Role.directoryReaders.contains($0.role) } ?? false,
            canOversee: user.map { Role.overseers.contains($0.role) } ?? false,
            page: page)
        return try await request.view.render(template, context)
    }

    /// The page for an error.
    static func error(_ error: AppError, on request: Request) async throws -> View {
        struct ErrorPage: Encodable { let code: String; let message: String }
        return try await render("error", titleKey: "error_title",
                                page: ErrorPage(code: error.code, message: error.message(request.language)), on: request)
    }
}
