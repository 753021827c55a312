import Foundation
import Vapor

/// Settings of imports, read from the environment (see docs/SERVER.md).
public struct ImportSettings: Sendable {
    /// Share of unflagged posts drawn for quality review, in per mille (`BIJAK_QUALITY_SAMPLE_PER_MILLE`, default
    /// 10 = 1 %).
    public var samplePerMille: Int
    /// Largest upload accepted by the import page (`BIJAK_IMPORT_MAX_BYTES`, default 50 MB).
    public var maxUploadBytes: Int
    /// Whether `bijak serve` runs queued import jobs (`BIJAK_IMPORT_WORKER`, default true).
    public var runsWorker: Bool
    /// How long a claimed job stays with its instance without a sign of life (`BIJAK_IMPORT_LEASE_SECONDS`, 60).
    public var leaseSeconds: Int
    /// Posts per transaction (`BIJAK_IMPORT_BATCH`, default 1,000).
    public var batchSize: Int
    /// `bijak import` gives up when no batch has committed for this long (`BIJAK_IMPORT_STALL_SECONDS`, 300): a
    /// database connection dropped mid-query can leave the driver waiting forever.
    public var stallSeconds: Int

    public init(samplePerMille: Int = 10, maxUploadBytes: Int = 50 << 20, runsWorker: Bool = true,
                leaseSeconds: Int = 60, batchSize: Int = 1_000, stallSeconds: Int = 300) {
        self.samplePerMille = samplePerMille
        self.maxUploadBytes = maxUploadBytes
        self.runsWorker = runsWorker
        self.leaseSeconds = leaseSeconds
        self.batchSize = batchSize
        self.stallSeconds = stallSeconds
    }

    /// Reads the settings; a value that cannot be used is a ``ConfigurationError``.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> ImportSettings {
        let env = EnvironmentReader(environment)
        let defaults = ImportSettings()
        return ImportSettings(
            samplePerMille: try env.integer("BIJAK_QUALITY_SAMPLE_PER_MILLE", in: 0...1_000) ?? defaults.samplePerMille,
            maxUploadBytes: try env.integer("BIJAK_IMPORT_MAX_BYTES", in: 1_024...(1 << 30)) ?? defaults.maxUploadBytes,
            runsWorker: try env.boolean("BIJAK_IMPORT_WORKER") ?? defaults.runsWorker,
            leaseSeconds: try env.integer("BIJAK_IMPORT_LEASE_SECONDS", in: 5...3_600) ?? defaults.leaseSeconds,
            batchSize: try env.integer("BIJAK_IMPORT_BATCH", in: 1...5_000) ?? defaults.batchSize,
            stallSeconds: try env.integer("BIJAK_IMPORT_STALL_SECONDS", in: 5...86_400) ?? defaults.stallSeconds)
    }
}

extension Application {
    private struct ImportSettingsKey: StorageKey { typealias Value = ImportSettings }

    /// The import settings; the environment's unless a test or `bijak serve` set them.
    var importSettings: ImportSettings {
        get { storage[ImportSettingsKey.self] ?? ((try? ImportSettings.fromEnvironment()) ?? ImportSettings()) }
        set { storage[ImportSettingsKey.self] = newValue }
    }
}
