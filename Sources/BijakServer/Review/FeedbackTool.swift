import Foundation

/// The command-line entry point of the feedback export (`bijak feedback export`).
public enum FeedbackTool {
    /// Writes every decided review item since `since` (a day, `YYYY-MM-DD`, or nil for all) to `write`, one line
    /// at a time, in `format` (`jsonl` or `csv`); returns how many records were written.
    ///
    /// - Throws: ``ConfigurationError`` for an unusable setting, or for a bad `since` or `format`; database errors.
    public static func export(since: String?, format: String, configuration: ServerConfiguration? = nil,
                              write: @escaping @Sendable (String) -> Void) async throws -> Int {
        guard let format = FeedbackExport.Format(rawValue: format) else {
            throw ConfigurationError(variable: "--format", value: format, expected: "jsonl atau/or csv")
        }
        var day: Date?
        if let since {
            guard let parsed = CaseActionController.parseDay(since) else {
                throw ConfigurationError(variable: "--since", value: since, expected: "YYYY-MM-DD")
            }
            day = parsed
        }
        let start = day
        return try await OfflineApplication.run(configuration: configuration) { app in
            if format == .csv { write(FeedbackExport.csvHeader + "\n") }
            var count = 0
            try await FeedbackExport.records(since: start, unitIDs: nil, on: app.db) { record in
                write(try FeedbackExport.line(record, format: format))
                count += 1
            }
            return count
        }
    }
}
