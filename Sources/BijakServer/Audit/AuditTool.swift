/// The audit log's command-line entry points.
public enum AuditTool {
    /// Checks the whole chain of the configured database (see ``ServerConfiguration/fromEnvironment(_:)``).
    ///
    /// - Throws: ``ConfigurationError`` for an unusable setting; database errors.
    public static func verify(configuration: ServerConfiguration? = nil) async throws -> AuditVerification {
        try await OfflineApplication.run(configuration: configuration) { app in
            try await AuditLog.verify(on: app.db)
        }
    }
}
