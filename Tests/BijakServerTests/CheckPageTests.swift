@testable import BijakServer
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The check page: usable without an account, Indonesian by default, highlighted evidence, nothing stored.
@Suite struct CheckPageTests {
    @Test(arguments: TestDatabase.available)
    func anonymousCheckHighlightsEvidenceAndStoresNothing(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            var browser = Browser(app)
            let page = try await browser.get("/")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("<html lang=\"id\">"))
            #expect(page.body.string.contains("Cek sebelum unggah"))
            #expect(page.body.string.contains("name=\"csrf\""))
            let result = try await browser.post("/cek", form: [
                "text": "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini", "action": "post"])
            #expect(result.status == .ok)
            let html = result.body.string
            #expect(html.contains("data-decision=\"block\""))
            #expect(html.contains("<mark title=\"DJPAS-2\" data-rules=\"DJPAS-2\">kaum c1na</mark>"))
            #expect(html.contains("/aturan/DJPAS-2"))
            #expect(html.contains("lexicon:"))
            // Private by default: no saved check, no session, no cookie but the form token.
            #expect(try await SavedCheck.query(on: app.db).count() == 0)
            #expect(try await SessionEntry.query(on: app.db).count() == 0)
            #expect(browser.cookies["bijak_session"] == nil)
        }
    }

    @Test func englishSwitchIsRemembered() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            var browser = Browser(app)
            let english = try await browser.get("/?lang=en")
            #expect(english.body.string.contains("<html lang=\"en\">"))
            #expect(english.body.string.contains("Check before posting"))
            #expect(browser.cookies["bijak_lang"] == "en")
            let next = try await browser.get("/aturan")
            #expect(next.body.string.contains("Rulebook"))
        }
    }

    @Test func userTextIsEscaped() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            var browser = Browser(app)
            let response = try await browser.post("/cek", form: ["text": "<script>alert(1)</script> \"halo\""])
            #expect(response.status == .ok)
            #expect(!response.body.string.contains("<script>alert(1)"))
            #expect(response.body.string.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func formsWithoutTheTokenAreRefused() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            var browser = Browser(app)
            let missing = try await browser.post("/cek", form: ["text": "halo"], csrf: "")
            #expect(missing.status == .forbidden)
            #expect(missing.body.string.contains("csrf_failed"))
            let wrong = try await browser.post("/cek", form: ["text": "halo"], csrf: "another-token")
            #expect(wrong.status == .forbidden)
            browser.cookies.removeValue(forKey: "bijak_csrf")
            let noCookie = try await browser.post("/cek", form: ["text": "halo"], csrf: "test-csrf-token-0123456789")
            #expect(noCookie.status == .forbidden)
        }
    }

    @Test func badFormValuesAreRefusedNotCrashed() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            var browser = Browser(app)
            for form in [["text": "halo", "action": "teleport"], ["text": "halo", "zone": "GMT"],
                         ["text": "halo", "time": "besok pagi"]] {
                let response = try await browser.post("/cek", form: form)
                #expect((400..<500).contains(response.status.code), "\(form)")
            }
        }
    }

    @Test func everyResponseCarriesSecurityHeaders() async throws {
        try await TestApp.with(.sqlite) { app, _ in
            var browser = Browser(app)
            for path in ["/", "/aturan", "/tidak-ada", "/api/v1/rules", "/static/bijak.css"] {
                let response = try await browser.get(path)
                #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: "Referrer-Policy") == "no-referrer")
            }
            let page = try await app.testing().sendRequest(.GET, "/")
            let cookie = page.headers[.setCookie].first { $0.hasPrefix("bijak_csrf=") } ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func rulebookPagesShowEveryRule(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            var browser = Browser(app)
            let list = try await browser.get("/aturan")
            for rule in TestApp.engine.rulebook.rules { #expect(list.body.string.contains("/aturan/\(rule.id)\"")) }
            let rule = try #require(TestApp.engine.rulebook.rule("DJPAS-6"))
            let detail = try await browser.get("/aturan/DJPAS-6")
            #expect(detail.status == .ok)
            let html = detail.body.string
            #expect(html.contains(rule.source.document.htmlEscapedForTest))
            #expect(html.contains(rule.sanction.ethics.id.htmlEscapedForTest))
            if let example = rule.examples.violating.first { #expect(html.contains(example.htmlEscapedForTest)) }
            let missing = try await browser.get("/aturan/TIDAK-ADA")
            #expect(missing.status == .notFound)
            #expect(missing.headers.contentType?.subType == "html")
        }
    }
}

extension String {
    /// The text as Leaf writes it into HTML.
    var htmlEscapedForTest: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
