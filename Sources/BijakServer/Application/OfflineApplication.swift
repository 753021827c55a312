import Fluent
import Vapor

/// The server's database without the web server: for command-line tasks (`bijak audit verify`, imports) that
/// work on the same data as `bijak serve`.
enum OfflineApplication {
    /// Opens the database named by `configuration` (the environment's, by default), brings its schema up to date,
    /// runs `body`, and closes everything, also when `body` throws.
    static func run<T: Sendable>(configuration: ServerConfiguration? = nil,
                                 _ body: @Sendable (Application) async throws -> T) async throws -> T {
        let configuration = try configuration ?? ServerConfiguration.fromEnvironment()
        let app = try await Application.make(Environment(name: "production", arguments: ["bijak"]))
        app.logger.logLevel = .warning
        do {
            try DatabaseSetup.configure(app, database: configuration.database)
            try await DatabaseSetup.migrate(app, database: configuration.database)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
