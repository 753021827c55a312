import BijakCore
import Vapor

/// Picks the page language: `?lang=en|id` (remembered in a cookie), else the cookie, else Indonesian.
struct LanguageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let chosen = request.query[String.self, at: "lang"].flatMap(Language.init(rawValue:))
        let remembered = request.cookies[Language.cookieName].flatMap { Language(rawValue: $0.string) }
        request.language = chosen ?? remembered ?? .indonesian
        let response = try await next.respond(to: request)
        if let chosen, chosen != remembered {
            response.cookies[Language.cookieName] = HTTPCookies.Value(
                string: chosen.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                isSecure: request.bijak.configuration.secureCookies, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}

extension Request {
    private struct LanguageKey: StorageKey { typealias Value = Language }

    /// The language of this request's pages and messages.
    var language: Language {
        get { storage[LanguageKey.self] ?? .indonesian }
        set { storage[LanguageKey.self] = newValue }
    }
}
