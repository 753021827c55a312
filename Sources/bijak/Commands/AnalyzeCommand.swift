import ArgumentParser
import BijakCore

/// `bijak analyze`: shows how Bijak reads a text, to understand why something matched or did not.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Tampilkan token dan istilah hasil pengolahan teks. / Show the tokens and terms the text pipeline produces.",
        discussion: "Rentang adalah offset skalar Unicode ke teks asli. / Spans are Unicode scalar offsets into the original text."
    )

    @OptionGroup var source: TextSourceOptions
    @OptionGroup var engineOptions: EngineOptions

    @Flag(name: .customLong("json"), help: "Cetak sebagai JSON. / Print as JSON.")
    var json = false

    func run() throws {
        try reportingFailures {
            let text = try source.read()
            let report = AnalysisReport(try engineOptions.loadEngine().analyze(text))
            Console.out(json ? try JSONOutput.string(report) + "\n" : report.table())
        }
    }
}
