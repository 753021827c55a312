import BijakCore
import Vapor

/// What handlers share: the engine (built once, read-only), the configuration, the metrics registry, the limiters.
/// Nothing here is state that matters between requests: counters that must hold across instances live in the
/// database.
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
