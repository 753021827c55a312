import Foundation

/// The databases the app tests run against: SQLite always, PostgreSQL when `BIJAK_TEST_POSTGRES_URL` is set
/// (`.ci/run` starts one and sets it).
enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    static let postgresURL: String? = {
        let value = ProcessInfo.processInfo.environment["BIJAK_TEST_POSTGRES_URL"]
        return value?.isEmpty == false ? value : nil
    }()

    /// The databases available here.
    static var available: [TestDatabase] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// A fresh, empty store: an SQLite file in a new directory, or a PostgreSQL schema of its own, so that tests
    /// running in parallel never see each other's rows.
    func makeStore() -> TestStore {
        let name = "bijak_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(String(name))
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return TestStore(database: .sqlite(path: directory.appendingPathComponent("bijak.sqlite").path),
                             cleanupDirectory: directory, schema: nil)
        case .postgres:
            return TestStore(database: .postgres(url: TestDatabase.postgresURL ?? "", searchPath: [String(name)]),
                             cleanupDirectory: nil, schema: String(name))
        }
    }
}

import BijakServer
import Testing

/// One test's database, shared by every app instance the test starts.
struct TestStore: Sendable {
    let database: ServerConfiguration.Database
    let cleanupDirectory: URL?
    let schema: String?
}
