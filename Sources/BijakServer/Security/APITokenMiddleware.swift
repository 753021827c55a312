import Fluent
import Vapor

/// Requires a valid, unrevoked bearer token and counts the request against that token's per-minute limit.
/// The count lives in the database, so the limit holds however many instances serve the token.
struct APITokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let bearer = request.headers.bearerAuthorization?.token else { throw AppError.unauthorized }
        guard bearer.hasPrefix(TokenDigest.prefix), bearer.count < 200,
              let token = try await APIToken.query(on: request.db)
                  .filter(\.$tokenHash == TokenDigest.digest(bearer))
                  .filter(\.$revokedAt == nil)
                  .first(),
              let tokenID = token.id else {
            throw AppError.invalidToken
        }
        let limiter = request.bijak.apiLimiter
        let used = try await limiter.hit("api:\(tokenID.uuidString)", on: request.db)
        guard used <= token.rateLimitPerMinute else {
            throw AppError.rateLimited(retryAfter: limiter.secondsUntilReset)
        }
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-RateLimit-Limit", value: String(token.rateLimitPerMinute))
        response.headers.replaceOrAdd(name: "X-RateLimit-Remaining", value: String(max(0, token.rateLimitPerMinute - used)))
        return response
    }
}
