import ArgumentParser
import BijakCore

/// `bijak analyze`: shows how Bijak reads a text, to understand why something matched or did not.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Tampilkan token, istilah dan sinyal hasil pengolahan teks. / Show the tokens, terms and signals the text pipeline produces.",
        discussion: "Rentang adalah offset skalar Unicode ke teks asli. / Spans are Unicode scalar offsets into the original text."
    )

    @OptionGroup var source: TextSourceOptions
    @OptionGroup var engineOptions: EngineOptions

    @Flag(name: .customLong("json"), help: "Cetak sebagai JSON. / Print as JSON.")
    var json = false

    func run() throws {
        try reportingFailures {
            let text = try source.read()
            let engine = try engineOptions.loadEngine()
            // The signals show what each detector and lexicon found, before any rule decides.
            let report = AnalysisReport(engine.analyze(text), signals: engine.signals(for: Post(text: text)))
            Console.out(json ? try JSONOutput.string(report) + "\n" : report.table())
        }
    }
}
