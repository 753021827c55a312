import BijakCore
@testable import BijakServer
import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting

/// `POST /api/v1/check`: the verdict in the CLI's shape, and every kind of bad input refused with 4xx.
@Suite struct APICheckTests {
    static let campaign = #"{"text": "Ayo coblos nomor 2, pemimpin yang peduli ASN!"}"#

    static func post(_ app: Application, token: String?, body: ByteBuffer, contentType: String = "application/json",
                     path: String = "/api/v1/check") async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: body)
    }

    static func errorCode(_ response: TestingHTTPResponse) throws -> String {
        try JSONDecoder().decode(APIErrorBody.self, from: response.body).code
    }

    @Test(arguments: TestDatabase.available)
    func verdictHasTheShapeOfTheCLI(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let (token, _) = try await Fixture.token(for: fixture.kanwilA, on: app.db)
            let response = try await Self.post(app, token: token, body: ByteBuffer(string: Self.campaign))
            #expect(response.status == .ok)
            let expected = TestApp.engine.check(Post(text: "Ayo coblos nomor 2, pemimpin yang peduli ASN!"))
            #expect(response.body.string == String(decoding: try CheckService.encodeJSON(expected), as: UTF8.self))
            let verdict = try JSONDecoder().decode(Verdict.self, from: response.body)
            #expect(verdict.decision == .block)
            #expect(verdict.findings.first?.rule == "NETRAL-1")
            #expect(response.headers.first(name: "X-RateLimit-Limit") == "600")
        }
    }

    @Test(arguments: TestDatabase.available)
    func englishAndFullPostsAreAccepted(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let (token, _) = try await Fixture.token(for: fixture.lapasA, on: app.db)
            let body = #"{"text": "setuju bgt!", "action": "share", "target": {"text": "Dasar kaum c1na penjajah ekonomi, usir saja"}, "context": {"time": "2025-02-06T10:00:00+07:00", "live": false}}"#
            let response = try await Self.post(app, token: token, body: ByteBuffer(string: body), path: "/api/v1/check?lang=en")
            #expect(response.status == .ok)
            let verdict = try JSONDecoder().decode(Verdict.self, from: response.body)
            #expect(verdict.language == .english)
            #expect(verdict.decision == .block)
            #expect(verdict.findings.first?.title == verdict.findings.first.flatMap {
                TestApp.engine.rulebook.rule($0.rule)?.title.text(in: .english) })
        }
    }

    @Test(arguments: TestDatabase.available)
    func badInputIsRefusedWithStableCodes(database: TestDatabase) async throws {
        try await TestApp.with(database, modify: { $0.maxBodyBytes = 2_048 }) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let (token, _) = try await Fixture.token(for: fixture.kanwilA, on: app.db)
            let cases: [(ByteBuffer, String, HTTPStatus, String)] = [
                (ByteBuffer(string: "{\"text\": "), "application/json", .badRequest, "invalid_json"),
                (ByteBuffer(string: ""), "application/json", .badRequest, "invalid_json"),
                (ByteBuffer(bytes: Array("{\"text\": \"".utf8) + [0xC3, 0x28, 0xFF] + Array("\"}".utf8)),
                 "application/json", .badRequest, "invalid_utf8"),
                (ByteBuffer(string: #"{"text": "halo", "action": "tweetstorm"}"#), "application/json",
                 .unprocessableEntity, "unknown_action"),
                (ByteBuffer(string: #"{"text": "halo", "target": {"action": "nope"}}"#), "application/json",
                 .unprocessableEntity, "unknown_action"),
                (ByteBuffer(string: #"{"text": 42}"#), "application/json", .unprocessableEntity, "invalid_field"),
                (ByteBuffer(string: #"{"text": "x", "context": {"time": "kemarin"}}"#), "application/json",
                 .unprocessableEntity, "invalid_field"),
                (ByteBuffer(string: "text=halo"), "application/x-www-form-urlencoded", .unsupportedMediaType,
                 "unsupported_media_type"),
                (ByteBuffer(string: "{\"text\": \"" + String(repeating: "a", count: 3_000) + "\"}"), "application/json",
                 .payloadTooLarge, "payload_too_large"),
            ]
            for (body, type, status, code) in cases {
                let response = try await Self.post(app, token: token, body: body, contentType: type)
                #expect(response.status == status, "\(code)")
                #expect(try Self.errorCode(response) == code)
                #expect(response.headers.contentType?.subType == "json")
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func tokensAreRequiredAndRevocable(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let body = ByteBuffer(string: Self.campaign)
            let missing = try await Self.post(app, token: nil, body: body)
            #expect(missing.status == .unauthorized)
            #expect(try Self.errorCode(missing) == "unauthorized")
            let unknown = try await Self.post(app, token: "bjk_" + String(repeating: "x", count: 43), body: body)
            #expect(try Self.errorCode(unknown) == "invalid_token")
            let (token, record) = try await Fixture.token(for: fixture.kanwilA, on: app.db)
            #expect(try await Self.post(app, token: token, body: body).status == .ok)
            record.revokedAt = Date()
            try await record.save(on: app.db)
            // A quota lease lasts at most a second; after that the revocation is seen.
            try await Task.sleep(for: .milliseconds(1_100))
            let revoked = try await Self.post(app, token: token, body: body)
            #expect(revoked.status == .unauthorized)
            #expect(try Self.errorCode(revoked) == "invalid_token")
        }
    }

    @Test(arguments: TestDatabase.available)
    func eachTokenHasItsOwnRateLimit(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let (limited, _) = try await Fixture.token(for: fixture.kanwilA, rateLimit: 3, on: app.db)
            let (other, _) = try await Fixture.token(for: fixture.kanwilA, rateLimit: 3, on: app.db)
            let body = ByteBuffer(string: Self.campaign)
            // Four checks under a loaded test run can take seconds; they must fall in one minute.
            try await MinuteWindow.waitForFreshWindow(margin: 15)
            for _ in 0..<3 { #expect(try await Self.post(app, token: limited, body: body).status == .ok) }
            let refused = try await Self.post(app, token: limited, body: body)
            #expect(refused.status == .tooManyRequests)
            #expect(try Self.errorCode(refused) == "rate_limited")
            #expect(Int(refused.headers.first(name: .retryAfter) ?? "") ?? 0 >= 1)
            #expect(try await Self.post(app, token: other, body: body).status == .ok)
        }
    }
}
