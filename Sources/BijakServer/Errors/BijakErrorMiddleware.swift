import BijakCore
import Vapor

/// Turns every error into a response: JSON `{code, message}` under `/api/`, an HTML page elsewhere (or a redirect
/// to the sign-in page when a page needs a signed-in user). Logs the error's code only, never a request's content.
struct BijakErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let appError = Self.appError(for: error, request: request)
            if appError == .internalError {
                request.logger.error("internal error: \(String(reflecting: type(of: error)))")
            } else {
                request.logger.debug("refused: \(appError.code)")
            }
            return try await response(for: appError, request: request)
        }
    }

    private func response(for error: AppError, request: Request) async throws -> Response {
        let response: Response
        if request.url.path.hasPrefix("/api/") || request.url.path == "/healthz" {
            response = try Response(status: error.status, headers: ["Content-Type": "application/json; charset=utf-8"],
                                    body: .init(data: JSONEncoder().encode(
                                        APIErrorBody(code: error.code, message: error.message(request.language)))))
        } else if error == .unauthorized {
            let next = request.url.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["/"])) ?? "/"
            response = request.redirect(to: "/masuk?next=\(next)", redirectType: .normal)
        } else {
            response = try await PageRenderer.error(error, on: request).encodeResponse(status: error.status, for: request)
        }
        if let retryAfter = error.retryAfter {
            response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter))
        }
        return response
    }

    /// Maps anything thrown to the error the client sees; unknown errors are internal (and say nothing more).
    static func appError(for error: any Error, request: Request) -> AppError {
        switch error {
        case let appError as AppError:
            return appError
        case let abort as any AbortError:
            switch abort.status {
            case .payloadTooLarge: return .payloadTooLarge(limit: request.bijak.configuration.maxBodyBytes)
            case .notFound: return .notFound
            case .unauthorized: return .unauthorized
            case .forbidden: return .forbidden
            case .unsupportedMediaType: return .unsupportedMediaType
            case .methodNotAllowed: return .methodNotAllowed
            case .tooManyRequests: return .rateLimited(retryAfter: 60)
            default: return abort.status.code < 500 ? .badRequest : .internalError
            }
        case is DecodingError:
            return .badRequest
        default:
            return .internalError
        }
    }
}
