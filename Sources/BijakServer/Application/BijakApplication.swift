import BijakCore
import Fluent
import Leaf
import LeafKit
import Vapor

/// Builds the Bijak web application on a Vapor `Application`; `bijak serve` and the tests both use it.
public enum BijakApplication {
    /// Configures `app`: database and migrations, templates, middleware, routes; then migrates and makes sure an
    /// administrator exists.
    ///
    /// - Parameters:
    ///   - app: a fresh application.
    ///   - configuration: the settings (see ``ServerConfiguration/fromEnvironment(_:)``).
    ///   - engine: the checking engine, built once and shared.
    ///   - passwordCost: bcrypt's cost; 12 in production, lower only in tests.
    /// - Returns: whether the first administrator was created, and its one-time password if one was generated.
    @discardableResult
    public static func configure(_ app: Application, configuration: ServerConfiguration, engine: BijakEngine,
                                 passwordCost: Int = 12) async throws -> (login: String, oneTimePassword: String?)? {
        app.passwords.use(.bcrypt(cost: passwordCost))
        app.bijak = ServerServices(
            engine: engine, configuration: configuration, metrics: ServerMetrics(),
            apiLimiter: RateLimiter(windowSeconds: 60), signInLimiter: RateLimiter(windowSeconds: 15 * 60),
            dummyPasswordHash: try app.password.hash(UUID().uuidString), assets: try BundledAssets.load(),
            tokenLeases: TokenLeases(),
            sqliteWriterLoop: configuration.database.isSQLite ? app.eventLoopGroup.next() : nil)
        app.http.server.configuration.hostname = configuration.hostname
        app.http.server.configuration.port = configuration.port
        app.routes.defaultMaxBodySize = ByteCount(value: configuration.maxBodyBytes)
        try DatabaseSetup.configure(app, database: configuration.database)
        configureViews(app)
        configureMiddleware(app, configuration: configuration)
        try Routes.register(on: app)
        app.lifecycle.use(RetentionScheduler(policy: try RetentionPolicy.fromEnvironment(),
                                             archiveRetentionDays: configuration.humasTraining.archiveRetentionDays))
        try await DatabaseSetup.migrate(app, database: configuration.database)
        switch try await AdminBootstrap.run(app) {
        case .existingUsers: return nil
        case .created(let login, let password): return (login, password)
        }
    }

    private static func configureViews(_ app: Application) {
        app.views.use(.leaf)
        // Templates are a resource of this module, wherever the binary runs from. That may be under a hidden
        // directory (`.build/`), so Leaf's default refusal of hidden paths is replaced by sandboxing to the views.
        let directory = app.bijak.assets.viewsDirectory
        app.leaf.configuration = LeafConfiguration(rootDirectory: directory)
        app.leaf.sources = LeafSources.singleSource(NIOLeafFiles(
            fileio: app.fileio, limits: [.toSandbox, .onlyLeafExtensions], sandboxDirectory: directory,
            viewDirectory: directory))
    }

    private static func configureMiddleware(_ app: Application, configuration: ServerConfiguration) {
        // Outermost first: headers on every response (errors included), metrics of every request, then errors.
        app.middleware = Middlewares()
        // Method and path only: never a query string or body, which could hold a draft.
        app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
        app.middleware.use(SecurityHeadersMiddleware())
        app.middleware.use(MetricsMiddleware())
        app.middleware.use(BijakErrorMiddleware())
        app.middleware.use(LanguageMiddleware())
        app.middleware.use(BodyLimitMiddleware(limit: configuration.maxBodyBytes))
        app.sessions.use { _ in ExpiringDatabaseSessions(lifetime: TimeInterval(configuration.sessionMinutes * 60)) }
        app.sessions.configuration.cookieName = "bijak_session"
        app.sessions.configuration.cookieFactory = { id in
            HTTPCookies.Value(string: id.string, maxAge: configuration.sessionMinutes * 60, path: "/",
                              isSecure: configuration.secureCookies, isHTTPOnly: true, sameSite: .lax)
        }
    }
}
