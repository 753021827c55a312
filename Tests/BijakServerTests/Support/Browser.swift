import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting

/// A minimal browser over the in-memory tester: keeps cookies, sends forms with the CSRF token, follows nothing.
struct Browser {
    let app: Application
    /// Cookies by name.
    var cookies: [String: String] = [:]

    init(_ app: Application) {
        self.app = app
        // A form token as a page would have set it; every form below sends the same value.
        cookies["bijak_csrf"] = "test-csrf-token-0123456789"
    }

    /// GET `path`.
    mutating func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// POST a form to `path`, with the CSRF field unless `csrf` is given (`""` to leave it out).
    mutating func post(_ path: String, form: [String: String], csrf: String? = nil) async throws -> TestingHTTPResponse {
        var fields = form
        let token = csrf ?? cookies["bijak_csrf"] ?? ""
        if !token.isEmpty { fields["csrf"] = token }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Signs in and returns the response (303 on success).
    @discardableResult
    mutating func signIn(_ nip: String, password: String) async throws -> TestingHTTPResponse {
        try await post("/masuk", form: ["nip": nip, "password": password])
    }

    mutating func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws
        -> TestingHTTPResponse {
        var allHeaders = headers
        if !cookies.isEmpty {
            allHeaders.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        let response = try await app.testing().sendRequest(method, path, headers: allHeaders, body: body)
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2 else { continue }
            let name = String(pair[0])
            let value = String(pair[1])
            if header.contains("Max-Age=0") || header.contains("1970") || value.isEmpty {
                cookies.removeValue(forKey: name)
            } else {
                cookies[name] = value
            }
        }
        return response
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
