import BijakCore
import Fluent
import SQLKit
import Vapor

/// Endpoints for operators: health, metrics, and the API's own description.
enum OperationsController {
    struct Health: Encodable {
        let status: String
        let database: String
        let rulebookVersion: String

        enum CodingKeys: String, CodingKey {
            case status, database, rulebookVersion = "rulebook_version"
        }
    }

    /// `GET /healthz`: 200 when the database answers, 503 when it does not.
    static func health(_ request: Request) async throws -> Response {
        let version = request.bijak.engine.rulebook.version
        do {
            guard let sql = request.db as? any SQLDatabase else { throw AppError.internalError }
            try await sql.raw("SELECT 1").run()
            return try JSONResponse.make(Health(status: "ok", database: "ok", rulebookVersion: version))
        } catch {
            request.logger.warning("health check: database unavailable")
            return try JSONResponse.make(Health(status: "unavailable", database: "unavailable", rulebookVersion: version),
                                         status: .serviceUnavailable)
        }
    }

    /// `GET /metrics`: Prometheus text exposition.
    static func metrics(_ request: Request) async throws -> Response {
        Response(status: .ok, headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8"],
                 body: .init(string: request.bijak.metrics.exposition()))
    }

    /// `GET /api/v1/openapi.yaml`.
    static func openAPI(_ request: Request) async throws -> Response {
        Response(status: .ok, headers: ["Content-Type": "application/yaml; charset=utf-8"],
                 body: .init(string: request.bijak.assets.openAPI))
    }

    /// `GET /static/bijak.css`.
    static func stylesheet(_ request: Request) async throws -> Response {
        Response(status: .ok, headers: ["Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600"],
                 body: .init(string: request.bijak.assets.stylesheet))
    }
}
