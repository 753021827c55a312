import Foundation

/// Everything the server reads from its environment, parsed and checked in one place.
///
/// Every setting has a documented default (see `docs/SERVER.md`); a value that cannot be used stops start-up
/// with a ``ConfigurationError`` naming the variable, instead of the server running with a surprise.
public struct ServerConfiguration: Sendable {
    /// Where the data lives.
    public enum Database: Sendable, Equatable {
        /// An SQLite file (the default, `bijak.sqlite` in the working directory).
        case sqlite(path: String)
        /// A PostgreSQL server; `searchPath` puts tables in a schema (tests use one schema each).
        case postgres(url: String, searchPath: [String]? = nil)

        /// Whether this is SQLite.
        public var isSQLite: Bool {
            if case .sqlite = self { return true }
            return false
        }
    }

    /// The database.
    public var database: Database
    /// Address to listen on (`BIJAK_HOSTNAME`, default `127.0.0.1`).
    public var hostname: String
    /// Port to listen on (`BIJAK_PORT`, default 8080).
    public var port: Int
    /// Largest request body accepted, in bytes (`BIJAK_MAX_BODY_BYTES`, default 65,536).
    public var maxBodyBytes: Int
    /// Requests per minute each API token may make (`BIJAK_API_RATE_LIMIT`, default 600).
    public var apiRateLimitPerMinute: Int
    /// How long a sign-in lasts, in minutes (`BIJAK_SESSION_MINUTES`, default 480: a working day).
    public var sessionMinutes: Int
    /// Failed sign-ins per account per 15 minutes before the account is throttled (`BIJAK_SIGNIN_MAX_PER_ACCOUNT`, 5).
    public var signInMaxPerAccount: Int
    /// Failed sign-ins per address per 15 minutes before the address is throttled (`BIJAK_SIGNIN_MAX_PER_ADDRESS`, 20).
    public var signInMaxPerAddress: Int
    /// Whether cookies carry `Secure` (`BIJAK_SECURE_COOKIES`, default false; set true behind HTTPS).
    public var secureCookies: Bool
    /// Whether to take the client address from `X-Forwarded-For` (`BIJAK_TRUST_PROXY`, default false).
    public var trustProxy: Bool
    /// The first administrator's NIP or login (`BIJAK_ADMIN_NIP`, default `admin`).
    public var adminLogin: String
    /// The first administrator's name (`BIJAK_ADMIN_NAME`, default `Administrator`).
    public var adminName: String
    /// The first administrator's password (`BIJAK_ADMIN_PASSWORD`); without one a one-time password is printed.
    public var adminPassword: String?
    /// An organisation's rulebook overlay (`BIJAK_RULEBOOK_DIR`).
    public var rulebookDirectory: String?
    /// Whether the trained text models score posts (`BIJAK_MODELS`, default true: the bundled models, as `bijak check`).
    public var useModels: Bool
    /// Whether posts are compared with debunked hoaxes (`BIJAK_FACTCHECK`, default false).
    public var useFactChecks: Bool
    /// The Humas archive's retention and the training's pass mark and quiz size (see ``HumasTrainingSettings``).
    public var humasTraining = HumasTrainingSettings()

    /// Creates a configuration; the defaults are those documented for the environment variables.
    public init(database: Database = .sqlite(path: "bijak.sqlite"), hostname: String = "127.0.0.1", port: Int = 8080,
                maxBodyBytes: Int = 65_536, apiRateLimitPerMinute: Int = 600, sessionMinutes: Int = 480,
                signInMaxPerAccount: Int = 5, signInMaxPerAddress: Int = 20, secureCookies: Bool = false,
                trustProxy: Bool = false, adminLogin: String = "admin", adminName: String = "Administrator",
                adminPassword: String? = nil, rulebookDirectory: String? = nil, useModels: Bool = true,
                useFactChecks: Bool = false) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.apiRateLimitPerMinute = apiRateLimitPerMinute
        self.sessionMinutes = sessionMinutes
        self.signInMaxPerAccount = signInMaxPerAccount
        self.signInMaxPerAddress = signInMaxPerAddress
        self.secureCookies = secureCookies
        self.trustProxy = trustProxy
        self.adminLogin = adminLogin
        self.adminName = adminName
        self.adminPassword = adminPassword
        self.rulebookDirectory = rulebookDirectory
        self.useModels = useModels
        self.useFactChecks = useFactChecks
    }

    /// Reads the configuration from environment variables.
    ///
    /// - Parameter environment: the variables, `ProcessInfo.processInfo.environment` by default.
    /// - Throws: ``ConfigurationError`` naming the first variable whose value cannot be used.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> ServerConfiguration {
        let env = EnvironmentReader(environment)
        let defaults = ServerConfiguration()
        var database = Database.sqlite(path: try env.string("BIJAK_SQLITE_PATH") ?? "bijak.sqlite")
        if let url = try env.string("DATABASE_URL") {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw ConfigurationError(variable: "DATABASE_URL", value: url,
                                         expected: "postgres://user:password@host:5432/database")
            }
            database = .postgres(url: url)
        }
        var configuration = ServerConfiguration(
            database: database,
            hostname: try env.string("BIJAK_HOSTNAME") ?? defaults.hostname,
            port: try env.integer("BIJAK_PORT", in: 1...65_535) ?? defaults.port,
            maxBodyBytes: try env.integer("BIJAK_MAX_BODY_BYTES", in: 1_024...10_485_760) ?? defaults.maxBodyBytes,
            apiRateLimitPerMinute: try env.integer("BIJAK_API_RATE_LIMIT", in: 1...1_000_000)
                ?? defaults.apiRateLimitPerMinute,
            sessionMinutes: try env.integer("BIJAK_SESSION_MINUTES", in: 5...10_080) ?? defaults.sessionMinutes,
            signInMaxPerAccount: try env.integer("BIJAK_SIGNIN_MAX_PER_ACCOUNT", in: 1...1_000)
                ?? defaults.signInMaxPerAccount,
            signInMaxPerAddress: try env.integer("BIJAK_SIGNIN_MAX_PER_ADDRESS", in: 1...100_000)
                ?? defaults.signInMaxPerAddress,
            secureCookies: try env.boolean("BIJAK_SECURE_COOKIES") ?? defaults.secureCookies,
            trustProxy: try env.boolean("BIJAK_TRUST_PROXY") ?? defaults.trustProxy,
            adminLogin: try env.string("BIJAK_ADMIN_NIP") ?? defaults.adminLogin,
            adminName: try env.string("BIJAK_ADMIN_NAME") ?? defaults.adminName,
            adminPassword: try env.password("BIJAK_ADMIN_PASSWORD"),
            rulebookDirectory: try env.string("BIJAK_RULEBOOK_DIR"),
            useModels: try env.boolean("BIJAK_MODELS") ?? defaults.useModels,
            useFactChecks: try env.boolean("BIJAK_FACTCHECK") ?? defaults.useFactChecks
        )
        configuration.humasTraining = try HumasTrainingSettings.read(env)
        return configuration
    }
}
