import BijakCore
import Fluent
import Vapor

/// What handlers share: the engine (built once, read-only), the configuration, the metrics registry, the limiters.
/// Nothing here is state that matters between requests: counters that must hold across instances live in the
/// database (token leases only hold quota already taken from it).
struct ServerServices: Sendable {
    let engine: BijakEngine
    let configuration: ServerConfiguration
    let metrics: ServerMetrics
    /// API requests per token per minute.
    let apiLimiter: RateLimiter
    /// Failed sign-ins per account and per address per 15 minutes.
    let signInLimiter: RateLimiter
    /// A bcrypt hash of nothing in particular, verified against when a NIP is unknown.
    let dummyPasswordHash: String
    /// Files shipped with the server, read once at start-up.
    let assets: BundledAssets
    /// Blocks of API quota taken from the database counters (see ``TokenLeases``).
    let tokenLeases: TokenLeases
    /// With SQLite, the event loop whose connection does every counter write (see ``Request/counterDB``).
    let sqliteWriterLoop: (any EventLoop)?
}

extension Application {
    private struct ServicesKey: StorageKey { typealias Value = ServerServices }

    /// The server's shared services; set once by `configure`.
    var bijak: ServerServices {
        get {
            guard let services = storage[ServicesKey.self] else { fatalError("configure(_:) has not run") }
            return services
        }
        set { storage[ServicesKey.self] = newValue }
    }
}

extension Request {
    /// The database for rate-limit counters. SQLite allows one writer at a time, and its driver keeps one connection
    /// per event loop; writes from two connections contend for the lock and busy-wait, which cost more than the
    /// writes. So with SQLite every counter goes through one loop's connection; PostgreSQL takes any.
    var counterDB: any Database {
        guard let loop = bijak.sqliteWriterLoop else { return db }
        return application.databases.database(.sqlite, logger: logger, on: loop) ?? db
    }

    /// The server's shared services.
    var bijak: ServerServices { application.bijak }

    /// The client's address for throttling: the socket peer, or the first `X-Forwarded-For` hop behind a trusted proxy.
    var clientAddress: String {
        if bijak.configuration.trustProxy,
           let forwarded = headers.first(name: "X-Forwarded-For")?.split(separator: ",").first {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }
}
