import Vapor

/// Times every request and counts it under its route pattern (`/api/v1/rules/:id`, not the concrete id), so that
/// the number of series stays small whatever clients send.
struct MetricsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await next.respond(to: request)
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        request.bijak.metrics.recordRequest(method: request.method.rawValue, route: route,
                                            status: response.status.code, duration: clock.now - start)
        return response
    }
}
