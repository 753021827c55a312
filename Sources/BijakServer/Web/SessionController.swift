import Fluent
import Vapor

/// Sign-in and sign-out. Failed attempts are counted per account and per address in the database, so throttling
/// holds across instances; a successful sign-in clears the account's count.
enum SessionController {
    struct SignInForm: Content {
        var nip: String?
        var password: String?
        var next: String?
    }

    struct Page: Encodable {
        let nip: String
        let next: String
        let failed: Bool
    }

    static func show(_ request: Request) async throws -> Response {
        if request.currentUser != nil { return request.redirect(to: "/", redirectType: .normal) }
        let next = safeNext(request.query[String.self, at: "next"])
        return try await PageRenderer.render("signin", titleKey: "signin_title",
                                             page: Page(nip: "", next: next, failed: false), on: request)
            .encodeResponse(for: request)
    }

    static func signIn(_ request: Request) async throws -> Response {
        let form = (try? request.content.decode(SignInForm.self)) ?? SignInForm()
        let nip = (form.nip ?? "").trimmingCharacters(in: .whitespaces)
        let next = safeNext(form.next)
        let configuration = request.bijak.configuration
        let limiter = request.bijak.signInLimiter
        let accountKey = "signin:account:\(nip.lowercased())"
        let addressKey = "signin:address:\(request.clientAddress)"
        let accountFailures = try await limiter.count(accountKey, on: request.counterDB)
        let addressFailures = try await limiter.count(addressKey, on: request.counterDB)
        if accountFailures >= configuration.signInMaxPerAccount || addressFailures >= configuration.signInMaxPerAddress {
            throw AppError.signInThrottled(retryAfter: limiter.secondsUntilReset)
        }
        let user = nip.isEmpty ? nil : try await User.query(on: request.db).filter(\.$nip == nip).first()
        // An unknown NIP still costs one bcrypt verification, so timing does not tell which NIPs exist.
        let hash = user?.passwordHash ?? request.bijak.dummyPasswordHash
        let matches = try await request.password.async.verify(form.password ?? "", created: hash)
        guard let user, matches else {
            _ = try await limiter.hit(accountKey, on: request.counterDB)
            _ = try await limiter.hit(addressKey, on: request.counterDB)
            return try await PageRenderer.render("signin", titleKey: "signin_title",
                                                 page: Page(nip: nip, next: next, failed: true), on: request)
                .encodeResponse(status: .unauthorized, for: request)
        }
        try await limiter.reset(accountKey, on: request.counterDB)
        request.auth.login(user)
        request.session.authenticate(user)
        return request.redirect(to: next, redirectType: .normal)
    }

    static func signOut(_ request: Request) async throws -> Response {
        request.auth.logout(User.self)
        if request.hasSession { request.session.destroy() }
        return request.redirect(to: "/", redirectType: .normal)
    }

    /// Only a path on this site is a valid place to return to (no `//host`, no scheme).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }
}
