/// The Humas archive's command-line entry point.
public enum HumasTool {
    /// Deletes published institutional posts older than the retention period (`BIJAK_HUMAS_RETENTION_DAYS`, or
    /// `days` when given) from the configured database and returns how many were deleted.
    ///
    /// - Throws: ``ConfigurationError`` for an unusable setting; database errors.
    public static func purgeArchive(days: Int? = nil, configuration: ServerConfiguration? = nil) async throws -> Int {
        let resolved = try configuration ?? ServerConfiguration.fromEnvironment()
        let retention = days ?? resolved.humasTraining.archiveRetentionDays
        return try await OfflineApplication.run(configuration: resolved) { app in
            try await HumasArchive.purge(olderThanDays: retention, on: app.db)
        }
    }
}
