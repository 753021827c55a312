import BijakCore
@testable import BijakServer
import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting

/// Rules API, OpenAPI document, health and metrics.
@Suite struct OperationsTests {
    @Test(arguments: TestDatabase.available)
    func rulesAreListedAndShown(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let list = try await app.testing().sendRequest(.GET, "/api/v1/rules")
            #expect(list.status == .ok)
            let object = try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [String: Any]
            let rules = object?["rules"] as? [[String: Any]] ?? []
            #expect(rules.count == TestApp.engine.rulebook.rules.count)
            #expect(object?["rulebook_version"] as? String == TestApp.engine.rulebook.version)

            let one = try await app.testing().sendRequest(.GET, "/api/v1/rules/djpas-2")
            #expect(one.status == .ok)
            let rule = try JSONDecoder().decode(Rule.self, from: one.body)
            #expect(rule == TestApp.engine.rulebook.rule("DJPAS-2"))

            let missing = try await app.testing().sendRequest(.GET, "/api/v1/rules/NOPE-1")
            #expect(missing.status == .notFound)
            #expect(try JSONDecoder().decode(APIErrorBody.self, from: missing.body).code == "not_found")
            let unknownRoute = try await app.testing().sendRequest(.GET, "/api/v1/nothing")
            #expect(try JSONDecoder().decode(APIErrorBody.self, from: unknownRoute.body).code == "not_found")
        }
    }

    @Test func openAPIDocumentDescribesEveryAPIRoute() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            let response = try await app.testing().sendRequest(.GET, "/api/v1/openapi.yaml")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.description.hasPrefix("application/yaml") == true)
            let document = response.body.string
            #expect(document.hasPrefix("openapi: 3."))
            let apiRoutes = app.routes.all.filter { ["api", "healthz", "metrics"].contains($0.path.first?.description) }
            for route in apiRoutes {
                let path = "/" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                #expect(document.contains("\n  \(path):\n"), "\(path) is missing from openapi.yaml")
            }
            for code in ["invalid_json", "invalid_utf8", "unknown_action", "payload_too_large", "rate_limited"] {
                #expect(document.contains(code))
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func healthReportsTheDatabase(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let response = try await app.testing().sendRequest(.GET, "/healthz")
            #expect(response.status == .ok)
            #expect(response.body.string.contains(#""status":"ok""#))
        }
    }

    @Test func metricsCountRequestsAndVerdicts() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let (token, _) = try await Fixture.token(for: fixture.kanwilA, on: app.db)
            for body in [APICheckTests.campaign, #"{"text": "Selamat pagi, semangat bekerja"}"#] {
                _ = try await APICheckTests.post(app, token: token, body: ByteBuffer(string: body))
            }
            let response = try await app.testing().sendRequest(.GET, "/metrics")
            #expect(response.status == .ok)
            let text = response.body.string
            #expect(text.contains(#"bijak_verdicts_total{decision="block"} 1"#))
            #expect(text.contains(#"bijak_verdicts_total{decision="allow"} 1"#))
            #expect(text.contains(#"bijak_verdicts_total{decision="review"} 0"#))
            #expect(text.contains(#"bijak_http_requests_total{method="POST",route="/api/v1/check",status="200"} 2"#))
            #expect(text.contains("bijak_http_request_duration_seconds_bucket{"))
        }
    }
}
