import Fluent
import Foundation
import Vapor

/// Requires a valid, unrevoked bearer token and counts the request against that token's per-minute limit.
///
/// The count lives in the database, so the limit holds however many instances serve the token; ``TokenLeases``
/// takes it in small blocks so that most requests cost no database round trip.
struct APITokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let bearer = request.headers.bearerAuthorization?.token else { throw AppError.unauthorized }
        guard bearer.hasPrefix(TokenDigest.prefix), bearer.count < 200 else { throw AppError.invalidToken }
        let digest = TokenDigest.digest(bearer)
        let limiter = request.bijak.apiLimiter
        let window = limiter.windowStart
        let lease: TokenLeases.Lease
        if let live = request.bijak.tokenLeases.consume(digest, windowStart: window, now: Date()) {
            lease = live
        } else {
            lease = try await takeLease(digest: digest, windowStart: window, on: request)
        }
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-RateLimit-Limit", value: String(lease.limit))
        response.headers.replaceOrAdd(name: "X-RateLimit-Remaining",
                                      value: String(max(0, lease.limit - lease.usedBefore - lease.consumed)))
        return response
    }

    /// Checks the token in the database and takes a block of its quota, refusing when none is left.
    private func takeLease(digest: String, windowStart: Int64, on request: Request) async throws -> TokenLeases.Lease {
        guard let token = try await APIToken.query(on: request.db)
            .filter(\.$tokenHash == digest)
            .filter(\.$revokedAt == nil)
            .first(),
            let tokenID = token.id else {
            throw AppError.invalidToken
        }
        let limiter = request.bijak.apiLimiter
        let block = TokenLeases.blockSize(forLimit: token.rateLimitPerMinute)
        let counted = try await limiter.hit("api:\(tokenID.uuidString)", by: block, on: request.counterDB)
        let usedBefore = counted - block
        let granted = min(block, token.rateLimitPerMinute - usedBefore)
        guard granted > 0 else { throw AppError.rateLimited(retryAfter: limiter.secondsUntilReset) }
        let lease = TokenLeases.Lease(tokenID: tokenID, limit: token.rateLimitPerMinute, windowStart: windowStart,
                                      takenAt: Date(), usedBefore: usedBefore, granted: granted, consumed: 1)
        request.bijak.tokenLeases.store(lease, for: digest)
        return lease
    }
}
