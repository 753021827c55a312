import Foundation
import Testing

/// `bijak import` against a real database file: killed mid-import and run again, the account holds every distinct
/// post exactly once, with no half-written batch.
@Suite(.serialized) struct ImportCommandTests {
    static let texts = [
        "Ayo coblos nomor 2, pemimpin yang peduli ASN!",
        "Apel pagi bersama seluruh petugas hari ini berjalan tertib",
        "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini",
        "Selamat Hari Raya Natal bagi umat Kristiani",
        "Terima kasih kepada keluarga yang hadir pada layanan kunjungan hari ini",
    ]

    /// `distinct` posts, the first `repeats` of them written a second time at the end, and one broken line.
    static func writeExport(distinct: Int, repeats: Int, to url: URL) throws {
        var lines: [String] = []
        for index in Array(0..<distinct) + Array(0..<repeats) {
            let text = texts[index % texts.count] + " #\(index % 97)"
            lines.append("{\"id\": \"t\(index)\", \"text\": \"\(text)\", \"posted_at\": \(1_704_067_200 + index * 60)}")
        }
        lines.insert("{\"id\": \"rusak\", \"text\": 42}", at: distinct / 2)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// The databases to try: an SQLite file always; a fresh PostgreSQL database when the tests have one.
    static func databases(in directory: URL) throws -> [(name: String, env: [String: String], cleanup: () -> Void)] {
        var result: [(String, [String: String], () -> Void)] = [
            ("sqlite", ["BIJAK_SQLITE_PATH": directory.appendingPathComponent("bijak.sqlite").path], {}),
        ]
        if let url = ProcessInfo.processInfo.environment["BIJAK_TEST_POSTGRES_URL"], !url.isEmpty,
           let components = URLComponents(string: url) {
            let name = "bijak_crash_" + UUID().uuidString.prefix(8).lowercased()
            let admin = PSQL(url: url)
            if admin.run("CREATE DATABASE \(name)") {
                var own = components
                own.path = "/" + name
                result.append(("postgres", ["DATABASE_URL": own.string ?? url], { _ = admin.run("DROP DATABASE \(name)") }))
            }
        }
        return result
    }

    @Test func killedImportRerunsToTheExactCount() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let export = directory.appendingPathComponent("posts.jsonl")
        let distinct = 4_000, repeats = 500
        try Self.writeExport(distinct: distinct, repeats: repeats, to: export)
        for database in try Self.databases(in: directory) {
            defer { database.cleanup() }
            var env = database.env
            env["BIJAK_IMPORT_BATCH"] = "100"
            env["BIJAK_QUALITY_SAMPLE_PER_MILLE"] = "0"
            let arguments = ["import", export.path, "--account", "x:crash_test", "--unit", "Uji", "--json"]
            let killedAt = try Self.runAndKill(arguments, environment: env, afterStored: 600)
            #expect(killedAt >= 600 && killedAt < distinct, "\(database.name)")

            let rerun = try CLI.run(arguments, environment: env)
            #expect(rerun.status == 0, "\(database.name): \(rerun.stderr)")
            let summary = try #require(rerun.json, "\(database.name): \(rerun.stdout)")
            #expect(summary["account_posts"] as? Int == distinct, "\(database.name)")
            #expect(summary["account_inconsistent"] as? Int == 0)
            #expect(summary["account_review_items"] as? Int == summary["account_flagged_posts"] as? Int)
            #expect((summary["account_flagged_posts"] as? Int ?? 0) > 0)
            #expect((summary["resumed_from"] as? Int ?? 0) >= killedAt, "resumed after the committed batches")
            #expect(summary["records"] as? Int == distinct + repeats + 1)
            #expect(summary["errors"] as? Int == 1)

            // A third run of the same file adds nothing.
            let again = try CLI.run(arguments, environment: env)
            let third = try #require(again.json)
            #expect(third["stored"] as? Int == 0 && third["duplicates"] as? Int == distinct + repeats)
            #expect(third["account_posts"] as? Int == distinct)
        }
    }

    /// PostgreSQL only: the server drops the import's connections mid-import (as a restarted or failed-over
    /// database would). The import stops or reconnects; either way a re-run ends with every post exactly once.
    @Test func lostDatabaseConnectionLeavesNoHalfBatch() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let export = directory.appendingPathComponent("posts.jsonl")
        let distinct = 3_000
        try Self.writeExport(distinct: distinct, repeats: 0, to: export)
        guard let database = try Self.databases(in: directory).first(where: { $0.name == "postgres" }),
              let url = ProcessInfo.processInfo.environment["BIJAK_TEST_POSTGRES_URL"] else { return }
        defer { database.cleanup() }
        var env = database.env
        env["BIJAK_IMPORT_BATCH"] = "100"
        env["BIJAK_IMPORT_STALL_SECONDS"] = "10"
        let name = URLComponents(string: env["DATABASE_URL"] ?? "")?.path.dropFirst() ?? ""
        let arguments = ["import", export.path, "--account", "x:putus_koneksi", "--unit", "Uji", "--json"]
        let status = try Self.runAndInterrupt(arguments, environment: env, afterStored: 500) { _ in
            _ = PSQL(url: url).run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(name)'")
        }
        #expect(status == 0 || status == 70, "exit \(status)")
        let rerun = try CLI.run(arguments, environment: env)
        let summary = try #require(rerun.json, "\(rerun.stderr)")
        #expect(summary["account_posts"] as? Int == distinct)
        #expect(summary["account_inconsistent"] as? Int == 0)
    }

    @Test func badArgumentsAndFilesGetTheirExitCodes() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let env = ["BIJAK_SQLITE_PATH": directory.appendingPathComponent("bijak.sqlite").path]
        let export = directory.appendingPathComponent("posts.jsonl")
        try Self.writeExport(distinct: 3, repeats: 0, to: export)
        #expect(try CLI.run(["import", directory.appendingPathComponent("nope.jsonl").path, "--account", "x:a"],
                            environment: env).status == 66)
        let unknown = try CLI.run(["import", export.path, "--account", "x:belum_ada"], environment: env)
        #expect(unknown.status == 64 && unknown.stderr.contains("--unit"))
        #expect(try CLI.run(["import", export.path, "--account", "myspace:a"], environment: env).status == 64)
        #expect(try CLI.run(["import", export.path, "--account", "x:a", "--format", "doc"], environment: env).status == 64)
        let binary = directory.appendingPathComponent("foto.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]).write(to: binary)
        #expect(try CLI.run(["import", binary.path, "--account", "x:a", "--unit", "Uji"], environment: env).status == 65)
        let done = try CLI.run(["import", export.path, "--account", "x:a", "--unit", "Uji"], environment: env)
        #expect(done.status == 0 && done.stdout.contains("disimpan / stored:     3"))
    }

    /// Starts `bijak`, waits until its progress lines report `afterStored` stored posts, and kills it with SIGKILL.
    /// Returns the last stored count it reported.
    static func runAndKill(_ arguments: [String], environment: [String: String], afterStored: Int) throws -> Int {
        var stored = 0
        let status = try runAndInterrupt(arguments, environment: environment, afterStored: afterStored,
                                         reported: { stored = $0 }) { pid in kill(pid, SIGKILL) }
        #expect(status == SIGKILL, "the import finished before it could be killed")
        return stored
    }

    /// Starts `bijak`, waits until its progress lines report `afterStored` stored posts, calls `interrupt`, and
    /// returns the exit status (the signal's number when a signal ended it).
    static func runAndInterrupt(_ arguments: [String], environment: [String: String], afterStored: Int,
                                reported: (Int) -> Void = { _ in },
                                interrupt: (Int32) -> Void) throws -> Int32 {
        let directory = try #require(CLI.productsDirectory)
        let process = Process()
        process.executableURL = directory.appendingPathComponent("bijak")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var stored = 0
        var pending = ""
        let descriptor = errors.fileHandleForReading.fileDescriptor
        while stored < afterStored {
            let chunk = Self.readChunk(descriptor)
            if chunk.isEmpty { break }
            pending += String(decoding: chunk, as: UTF8.self)
            for line in pending.split(separator: "\n") where line.hasPrefix("tersimpan/stored ") {
                stored = Int(line.split(separator: " ")[1]) ?? stored
            }
            if let last = pending.lastIndex(of: "\n") { pending = String(pending[pending.index(after: last)...]) }
        }
        reported(stored)
        interrupt(process.processIdentifier)
        // Drain the rest of standard error so that a process still running never blocks on a full pipe.
        while !Self.readChunk(descriptor).isEmpty {}
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The next bytes of a pipe (empty at its end). Plain `read(2)` with a retry on EINTR: `FileHandle` traps when a
    /// signal (the child's exit) interrupts its read.
    static func readChunk(_ descriptor: Int32) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return Array(buffer.prefix(count)) }
            if errno != EINTR { return [] }
        }
    }
}

/// Runs SQL through `psql` (the CLI tests do not link a database driver).
struct PSQL {
    let url: String

    func run(_ sql: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url.replacingOccurrences(of: "?sslmode=disable", with: ""), "-q", "-c", sql]
        process.environment = ProcessInfo.processInfo.environment.merging(["PGSSLMODE": "disable"]) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
