import BijakCore
import Foundation
import Vapor

/// Starts the Bijak web application: what `bijak serve` calls.
public enum ServerLauncher {
    /// Reads the configuration from the environment, loads the engine, prepares the database and serves until
    /// interrupted.
    ///
    /// - Parameters:
    ///   - hostname: overrides `BIJAK_HOSTNAME`.
    ///   - port: overrides `BIJAK_PORT`.
    /// - Throws: ``ConfigurationError`` for a setting that cannot be used; database and engine errors at start-up.
    public static func serve(hostname: String?, port: Int?) async throws {
        var configuration = try ServerConfiguration.fromEnvironment()
        if let hostname { configuration.hostname = hostname }
        if let port { configuration.port = port }
        let loaded = try EngineLoader.load(
            overlayDirectory: configuration.rulebookDirectory.map { URL(fileURLWithPath: $0) },
            models: configuration.useModels ? .bundled : .none, factChecks: configuration.useFactChecks)
        if let problem = loaded.overlayError {
            say("Peringatan / Warning: overlay ditolak / overlay rejected: \(problem)")
        }
        var environment = try Environment.detect(arguments: ["bijak"])
        // LOG_LEVEL (trace ... critical, default info) as in any Vapor app.
        try LoggingSystem.bootstrap(from: &environment)
        environment.arguments = ["bijak", "serve"]
        let app = try await Application.make(environment)
        do {
            let created = try await BijakApplication.configure(app, configuration: configuration, engine: loaded.engine)
            try ImportWorker.install(app, engine: loaded.engine)
            printWelcome(configuration: configuration, created: created)
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Writes a line to standard output at once (not buffered), so that it is seen before the server blocks.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func printWelcome(configuration: ServerConfiguration, created: (login: String, oneTimePassword: String?)?) {
        let host = configuration.hostname == "0.0.0.0" ? "127.0.0.1" : configuration.hostname
        let where_: String
        switch configuration.database {
        case .sqlite(let path): where_ = "SQLite \(path)"
        case .postgres: where_ = "PostgreSQL (DATABASE_URL)"
        }
        say("Bijak siap / ready: http://\(host):\(configuration.port)/  (\(where_))")
        if let created {
            if let password = created.oneTimePassword {
                say("Admin pertama dibuat / first admin created: NIP/login \"\(created.login)\", "
                      + "kata sandi sekali pakai / one-time password: \(password)")
                say("Simpan sekarang; tidak akan ditampilkan lagi. / Keep it now; it will not be shown again.")
            } else {
                say("Admin pertama dibuat / first admin created: \"\(created.login)\" (BIJAK_ADMIN_PASSWORD)")
            }
        }
    }
}
