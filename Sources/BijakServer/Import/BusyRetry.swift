import FluentSQLiteDriver
import Foundation

/// SQLite allows one writer at a time and answers a second with "busy" at once; the import's writes are whole
/// transactions (rolled back on failure), so they are simply tried again after a short pause.
enum BusyRetry {
    static func run<T>(attempts: Int = 100, _ body: () async throws -> T) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await body()
            } catch let error as SQLiteError where isBusy(error) && attempt < attempts {
                attempt += 1
                try await Task.sleep(nanoseconds: UInt64.random(in: 2_000_000...20_000_000))
            }
        }
    }

    private static func isBusy(_ error: SQLiteError) -> Bool {
        [.busy, .busyInSnapshot, .busyTimeout, .busyInRecovery, .locked, .lockedBySharedCache].contains(error.reason)
    }
}
