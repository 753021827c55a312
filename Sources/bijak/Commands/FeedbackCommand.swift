import ArgumentParser
import BijakServer

/// `bijak feedback`: the reviewers' labelled decisions, for retraining the models.
struct FeedbackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "Umpan balik peninjau untuk pelatihan ulang. / Reviewers' feedback for retraining.",
        subcommands: [FeedbackExportCommand.self]
    )
}

/// `bijak feedback export [--since YYYY-MM-DD] [--format jsonl|csv]`: decided review items on standard output,
/// personal identifiers masked (format: docs/SERVER.md).
struct FeedbackExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Tulis item tinjauan yang sudah diputus. / Write decided review items.",
        discussion: """
        Basis data seperti `bijak serve`: BIJAK_SQLITE_PATH atau DATABASE_URL. / The same database as `bijak serve`.
        Kode keluar / exit codes: 0 berhasil / done, 64 argumen atau pengaturan salah / bad argument or setting.
        """
    )

    @Option(help: "Hanya yang diputus sejak hari ini (YYYY-MM-DD). / Only items decided since this day.")
    var since: String?

    @Option(help: "jsonl (bawaan / default) atau/or csv.")
    var format: String = "jsonl"

    func run() async throws {
        do {
            let count = try await FeedbackTool.export(since: since, format: format) { Console.out($0) }
            Console.err("\(count) catatan / records\n")
        } catch let error as ConfigurationError {
            Console.err(error.description)
            throw ExitCode(BijakExit.usage)
        }
    }
}
