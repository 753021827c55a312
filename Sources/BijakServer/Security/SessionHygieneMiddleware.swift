import Vapor

/// Drops sessions that hold nothing, so that a stale cookie or an anonymous visit never creates a database row.
struct SessionHygieneMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if request.hasSession, request.session.data.snapshot.isEmpty {
            request.session.destroy()
        }
        return response
    }
}
