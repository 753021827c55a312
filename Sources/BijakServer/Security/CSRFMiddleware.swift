import Crypto
import Foundation
import Vapor

/// Cross-site request forgery protection for every form, as a double-submit cookie.
///
/// Each browser gets a random token in an HttpOnly, SameSite=Strict cookie; every page puts the same token in a
/// hidden `csrf` field; a form post is accepted only when both are present and equal. A cross-site page can neither
/// read the cookie nor set it, so it cannot forge the field. No server state is needed, so any instance can check any
/// form, and anonymous visitors of the check page create no session row.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "bijak_csrf"
    static let fieldName = "csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let existing = request.cookies[Self.cookieName]?.string.nilIfEmpty
        if request.method == .POST {
            try await Self.verify(request, cookieToken: existing)
        }
        let token = existing ?? [UInt8].random(count: 32).base64URLEncodedString()
        request.csrfToken = token
        let response = try await next.respond(to: request)
        if existing == nil {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: request.bijak.configuration.secureCookies,
                isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }

    private static func verify(_ request: Request, cookieToken: String?) async throws {
        // The body must be read before the route does, to see the field.
        _ = try await request.body.collect(max: request.bodyLimit(default: request.bijak.configuration.maxBodyBytes)).get()
        struct Field: Decodable { var csrf: String? }
        let sent = (try? request.content.decode(Field.self))?.csrf
        guard let cookieToken, let sent,
              Data(SHA256.hash(data: Data(sent.utf8))) == Data(SHA256.hash(data: Data(cookieToken.utf8))) else {
            throw AppError.csrfFailed
        }
    }
}

extension Request {
    private struct CSRFKey: StorageKey { typealias Value = String }

    /// The token to put in this page's forms.
    var csrfToken: String {
        get { storage[CSRFKey.self] ?? "" }
        set { storage[CSRFKey.self] = newValue }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
