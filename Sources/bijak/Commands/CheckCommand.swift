import ArgumentParser
import BijakCore
import Foundation

/// `bijak check`: one post in, a verdict out, and an exit code a script can branch on.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Periksa satu unggahan sebelum dipublikasikan. / Check one post before publishing it.",
        discussion: """
        Teks dari argumen, --file, atau stdin. / Text from the argument, --file, or stdin.

        \(BijakExit.checkHelp)
        """
    )

    @OptionGroup var source: TextSourceOptions
    @OptionGroup var postOptions: PostOptions
    @OptionGroup var engineOptions: EngineOptions

    @Flag(name: .customLong("json"), help: "Cetak putusan sebagai JSON. / Print the verdict as JSON.")
    var json = false

    func run() throws {
        let verdict = try reportingFailures {
            let post = try postOptions.post(text: try source.read())
            let engine = try engineOptions.loadEngine()
            let verdict = engine.check(post, language: engineOptions.language)
            if json {
                Console.out(try JSONOutput.string(verdict) + "\n")
            } else {
                Console.out(VerdictPrinter(style: Style(enabled: Console.stdoutStyled)).render(verdict, post: post))
            }
            return verdict
        }
        switch verdict.decision {
        case .allow: return
        case .review: throw ExitCode(BijakExit.review)
        case .block: throw ExitCode(BijakExit.block)
        }
    }
}
