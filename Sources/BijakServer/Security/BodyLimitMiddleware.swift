import Vapor

/// Refuses a body over the configured limit before anything reads it: by its declared length, or by its size when
/// it has already arrived whole. Streamed bodies are also capped where routes collect them.
struct BodyLimitMiddleware: AsyncMiddleware {
    let limit: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let limit = request.bodyLimit(default: limit)
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw AppError.payloadTooLarge(limit: limit)
        }
        if let data = request.body.data, data.readableBytes > limit {
            throw AppError.payloadTooLarge(limit: limit)
        }
        return try await next.respond(to: request)
    }
}
