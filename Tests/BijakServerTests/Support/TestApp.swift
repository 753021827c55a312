import BijakCore
@testable import BijakServer
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Builds configured Bijak applications for tests.
enum TestApp {
    /// One engine for every test: loading it costs a quarter of a second.
    static let engine: BijakEngine = {
        do { return try EngineLoader.load().engine } catch { fatalError("bundled rulebook: \(error)") }
    }()

    static let adminPassword = "admin-kata-sandi-uji"
    static let password = "kata-sandi-uji-123"

    /// The configuration tests use: the given store, a known admin password.
    static func configuration(_ store: TestStore) -> ServerConfiguration {
        ServerConfiguration(database: store.database, adminLogin: "admin", adminPassword: adminPassword)
    }

    /// Runs `body` with a configured application on a fresh store of `database`, then shuts it down and removes
    /// the store.
    static func with(_ database: TestDatabase, modify: (inout ServerConfiguration) -> Void = { _ in },
                     _ body: (Application, TestStore) async throws -> Void) async throws {
        let store = database.makeStore()
        var configuration = configuration(store)
        modify(&configuration)
        let app = try await make(configuration)
        do {
            try await body(app, store)
        } catch {
            await close(app, store: store)
            throw error
        }
        await close(app, store: store)
    }

    /// A configured application (cheap bcrypt so that tests stay fast).
    static func make(_ configuration: ServerConfiguration) async throws -> Application {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try await BijakApplication.configure(app, configuration: configuration, engine: engine, passwordCost: 4)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }

    /// Shuts `app` down and removes its store.
    static func close(_ app: Application, store: TestStore?) async {
        if let schema = store?.schema, let sql = app.db as? any SQLDatabase {
            try? await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        }
        try? await app.asyncShutdown()
        if let directory = store?.cleanupDirectory { try? FileManager.default.removeItem(at: directory) }
    }
}
