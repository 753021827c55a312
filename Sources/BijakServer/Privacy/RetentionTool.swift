import Foundation

/// The command-line entry point of the retention job (`bijak retention run`).
public enum RetentionTool {
    /// Deletes (or, with `dryRun`, counts) expired records of the configured database under the policy from the
    /// environment, and returns the counts by kind.
    ///
    /// - Throws: ``ConfigurationError`` for an unusable setting; database errors.
    public static func run(dryRun: Bool, configuration: ServerConfiguration? = nil,
                           policy: RetentionPolicy? = nil) async throws -> [String: String] {
        let policy = try policy ?? RetentionPolicy.fromEnvironment()
        return try await OfflineApplication.run(configuration: configuration) { app in
            try await RetentionJob.run(policy, dryRun: dryRun, on: app.db).details
        }
    }
}
