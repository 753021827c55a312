import Foundation
import Testing

/// `bijak humas purge` on a fresh SQLite database: migrates it, deletes nothing, says so; bad settings exit 64.
@Suite struct HumasCommandTests {
    @Test func purgeRunsOnTheServersDatabaseAndRefusesBadSettings() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bijak-humas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("bijak.sqlite").path
        let environment = ["BIJAK_SQLITE_PATH": database, "DATABASE_URL": ""]

        let purged = try CLI.run(["humas", "purge"], environment: environment)
        #expect(purged.status == 0, "\(purged.stderr)")
        #expect(purged.stdout.contains("deleted: 0"))
        #expect(FileManager.default.fileExists(atPath: database))
        #expect(try CLI.run(["humas", "purge", "--days", "30"], environment: environment).status == 0)

        let badDays = try CLI.run(["humas", "purge", "--days", "0"], environment: environment)
        #expect(badDays.status == 64)
        let badSetting = try CLI.run(["humas", "purge"],
                                     environment: environment.merging(["BIJAK_HUMAS_RETENTION_DAYS": "lama"]) { $1 })
        #expect(badSetting.status == 64)
        #expect(badSetting.stderr.contains("BIJAK_HUMAS_RETENTION_DAYS"))
    }
}
