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
        app.migrations.add(CreateSocialAccounts())
        app.migrations.add(CreateAuditEntries())
        app.migrations.add(CreateMonitoredPosts())
        app.migrations.add(CreateCases())
        app.migrations.add(CreateOversightIndexes())
        app.migrations.add(CreateHumasTables())
        app.migrations.add(CreateTrainingTables())
        app.migrations.add(CreateImportJobs())
    }

    /// WAL lets readers proceed while a writer commits, and `synchronous=NORMAL` (safe with WAL: a crash can lose
    /// the last commits, never corrupt the file) spares an fsync per commit, which otherwise caps the rate-limit
    /// counter at a few hundred requests per second. `synchronous` is per connection, and the SQLite driver keeps one
    /// connection per event loop, so each loop's connection is set.
    private static func tuneSQLite(_ app: Application) async throws {
        for eventLoop in app.eventLoopGroup.makeIterator() {
            guard let sql = app.databases.database(.sqlite, logger: app.logger, on: eventLoop) as? any SQLDatabase else {
                continue
            }
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            try await sql.raw("PRAGMA synchronous=NORMAL").run()
        }
    }

    /// Runs pending migrations; safe when several instances start at once against PostgreSQL, because each
    /// migration is recorded and a second run finds nothing to do.
    static func migrate(_ app: Application, database: ServerConfiguration.Database) async throws {
        if case .sqlite = database {
            try await tuneSQLite(app)
        }
        if case .postgres(_, let searchPath?) = database, let schema = searchPath.first,
           let sql = app.db as? any SQLDatabase {
            // A configured schema (tests use one each) is created on first use.
            try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
        }
        try await app.autoMigrate()
    }
}
