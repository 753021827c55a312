import ArgumentParser
import BijakCore

/// The `bijak` command line: check posts before publishing, scan exports, inspect the rulebook.
@main
struct BijakCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bijak",
        abstract: "Cek etika media sosial ASN sebelum unggah. / Check civil-servant social-media ethics before posting.",
        version: "0.1.0",
        subcommands: [
            CheckCommand.self,
            ScanCommand.self,
            AnalyzeCommand.self,
            RulesCommand.self,
            BenchCommand.self,
            EvalPostsCommand.self,
            TrainCommand.self,
            EvalCommand.self,
            BenchModelCommand.self,
            FactCheckCommand.self,
            ServeCommand.self,
            AuditCommand.self,
            FeedbackCommand.self,
            RetentionCommand.self,
            HumasCommand.self,
            ImportCommand.self,
            BenchImportCommand.self,
        ]
    )
}
