import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Connects the database chosen by the configuration and brings its schema up to date.
enum DatabaseSetup {
    static func configure(_ app: Application, database: ServerConfiguration.Database) throws {
        switch database {
        case .sqlite(let path):
            app.databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url, let searchPath):
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = searchPath
            app.databases.use(.postgres(configuration: configuration, sqlLogLevel: .trace), as: .psql)
        }
        app.migrations.add(CreateUnits())
        app.migrations.add(CreateUsers())
        app.migrations.add(CreateSavedChecks())
        app.migrations.add(CreateAPITokens())
        app.migrations.add(CreateSessions())
        app.migrations.add(CreateRateCounters())
    }

    /// Runs pending migrations; safe when several instances start at once against PostgreSQL, because each
    /// migration is recorded and a second run finds nothing to do.
    static func migrate(_ app: Application) async throws {
        if case .sqlite = app.bijak.configuration.database, let sql = app.db as? any SQLDatabase {
            // WAL lets readers proceed while one instance writes (rate counters, sessions).
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        }
        if case .postgres(_, let searchPath?) = app.bijak.configuration.database, let schema = searchPath.first,
           let sql = app.db as? any SQLDatabase {
            // A configured schema (tests use one each) is created on first use.
            try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
        }
        try await app.autoMigrate()
    }
}
