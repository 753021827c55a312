import ArgumentParser
import BijakServer

/// `bijak retention`: deleting records whose retention period has passed.
struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Masa simpan data. / Data retention.",
        subcommands: [RetentionRunCommand.self]
    )
}

/// `bijak retention run [--dry-run]`: deletes expired records in batches and audits the run (the server also runs
/// this daily).
struct RetentionRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Hapus data yang masa simpannya habis. / Delete records past their retention period.",
        discussion: """
        Masa simpan / periods: BIJAK_RETAIN_UNFLAGGED_POSTS_DAYS (90), BIJAK_RETAIN_DECIDED_REVIEWS_DAYS (730),
        BIJAK_RETAIN_CLOSED_CASES_DAYS (1825), BIJAK_RETAIN_SAVED_CHECKS_DAYS (365), BIJAK_RETAIN_SESSIONS_DAYS (30).
        Entri audit tidak pernah dihapus. / Audit entries are never deleted.
        Kode keluar / exit codes: 0 selesai / done, 64 pengaturan salah / bad setting.
        """
    )

    @Flag(help: "Hanya hitung, jangan hapus. / Count only, delete nothing.")
    var dryRun = false

    func run() async throws {
        let counts: [String: String]
        do {
            counts = try await RetentionTool.run(dryRun: dryRun)
        } catch let error as ConfigurationError {
            Console.err(error.description)
            throw ExitCode(BijakExit.usage)
        }
        let label = dryRun ? "akan dihapus / would delete" : "dihapus / deleted"
        for key in counts.keys.sorted() { Console.out("\(key)\t\(counts[key] ?? "0")\t\(label)\n") }
    }
}
