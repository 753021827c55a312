import ArgumentParser
import BijakServer

/// `bijak humas`: the Humas archive of the server's database.
struct HumasCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "humas",
        abstract: "Arsip unggahan akun resmi. / The archive of official-account posts.",
        subcommands: [HumasPurgeCommand.self]
    )
}

/// `bijak humas purge`: deletes published posts older than the retention period.
struct HumasPurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Hapus arsip yang melewati masa simpan. / Delete archived posts past the retention period.",
        discussion: """
        Masa simpan / retention: --days, atau / or BIJAK_HUMAS_RETENTION_DAYS (bawaan / default 1825).
        Basis data seperti `bijak serve`: BIJAK_SQLITE_PATH atau / or DATABASE_URL.
        Kode keluar / exit codes: 0 selesai / done, 64 pengaturan salah / bad setting.
        """
    )

    @Option(help: "Hari / days (1...36500).")
    var days: Int?

    func validate() throws {
        if let days, !(1...36_500).contains(days) {
            throw ValidationError("--days: 1...36500")
        }
    }

    func run() async throws {
        let deleted: Int
        do {
            deleted = try await HumasTool.purgeArchive(days: days)
        } catch let error as ConfigurationError {
            Console.err(error.description)
            throw ExitCode(BijakExit.usage)
        }
        Console.out("Dihapus / deleted: \(deleted) unggahan terbit / published posts\n")
    }
}
