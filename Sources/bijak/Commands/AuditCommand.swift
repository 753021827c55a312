import ArgumentParser
import BijakServer

/// `bijak audit`: the append-only audit log of the server's database.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Log audit berantai hash. / The hash-chained audit log.",
        subcommands: [AuditVerifyCommand.self]
    )
}

/// `bijak audit verify`: recomputes the chain and names the first broken entry.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Periksa keutuhan rantai audit. / Check that the audit chain is intact.",
        discussion: """
        Basis data seperti `bijak serve`: BIJAK_SQLITE_PATH (bawaan bijak.sqlite) atau DATABASE_URL. / The same
        database as `bijak serve`: BIJAK_SQLITE_PATH (default bijak.sqlite) or DATABASE_URL.
        Kode keluar / exit codes: 0 utuh / intact, 1 rusak / broken, 64 pengaturan salah / bad setting.
        """
    )

    func run() async throws {
        let result: AuditVerification
        do {
            result = try await AuditTool.verify()
        } catch let error as ConfigurationError {
            Console.err(error.description)
            throw ExitCode(BijakExit.usage)
        }
        if let broken = result.firstBroken {
            Console.err("Rantai audit RUSAK pada entri #\(broken.seq) / audit chain BROKEN at entry #\(broken.seq): "
                        + "\(broken.problem.description) (\(result.checkedEntries) entri utuh sebelumnya / intact before it)\n")
            throw ExitCode(1)
        }
        Console.out("Rantai audit utuh / audit chain intact: \(result.checkedEntries) entri / entries\n")
    }
}
