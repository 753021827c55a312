@testable import BijakServer
import Testing

/// Settings come from the environment in one place; a wrong value stops start-up naming the variable.
@Suite struct ConfigurationTests {
    @Test func defaultsAreDocumented() throws {
        let configuration = try ServerConfiguration.fromEnvironment([:])
        #expect(configuration.database == .sqlite(path: "bijak.sqlite"))
        #expect(configuration.hostname == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.maxBodyBytes == 65_536)
        #expect(configuration.apiRateLimitPerMinute == 600)
        #expect(configuration.sessionMinutes == 480)
        #expect(configuration.adminPassword == nil)
    }

    @Test func valuesAreRead() throws {
        let configuration = try ServerConfiguration.fromEnvironment([
            "DATABASE_URL": "postgres://u:p@db:5432/bijak", "BIJAK_PORT": "9000", "BIJAK_SECURE_COOKIES": "ya",
            "BIJAK_ADMIN_PASSWORD": "panjang-sekali-123", "BIJAK_SQLITE_PATH": "",
        ])
        #expect(configuration.database == .postgres(url: "postgres://u:p@db:5432/bijak"))
        #expect(configuration.port == 9000)
        #expect(configuration.secureCookies)
        #expect(configuration.adminPassword == "panjang-sekali-123")
    }

    @Test(arguments: [
        ("BIJAK_PORT", "delapan"), ("BIJAK_PORT", "70000"), ("BIJAK_MAX_BODY_BYTES", "10"),
        ("BIJAK_API_RATE_LIMIT", "0"), ("BIJAK_SESSION_MINUTES", "-5"), ("BIJAK_SECURE_COOKIES", "mungkin"),
        ("DATABASE_URL", "mysql://root:rahasia@db/x"), ("BIJAK_ADMIN_PASSWORD", "pendek"), ("BIJAK_MODELS", "2"),
    ])
    func wrongValuesNameTheVariable(variable: String, value: String) throws {
        let error = #expect(throws: ConfigurationError.self) {
            try ServerConfiguration.fromEnvironment([variable: value])
        }
        #expect(error?.variable == variable)
        #expect(error?.description.contains(variable) == true)
        if variable.hasSuffix("PASSWORD") || variable == "DATABASE_URL" {
            #expect(error?.description.contains(value) == false)
        }
    }
}
