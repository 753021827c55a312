import BijakCore
import Vapor

/// `POST /api/v1/check`: a post in, the verdict out, in the shape of `bijak check --json`.
enum APICheckController {
    static func check(_ request: Request) async throws -> Response {
        let post = try CheckRequestDecoder.post(from: request)
        let verdict = CheckService.check(post, on: request)
        return try JSONResponse.make(verdict)
    }
}

/// JSON responses encoded the way the CLI prints them.
enum JSONResponse {
    static func make<T: Encodable>(_ value: T, status: HTTPResponseStatus = .ok) throws -> Response {
        Response(status: status, headers: ["Content-Type": "application/json; charset=utf-8"],
                 body: .init(data: try CheckService.encodeJSON(value)))
    }
}
