import ArgumentParser
import BijakCore
import Foundation

/// `bijak bench-model [--model hatespeech] [--texts N]`: single-core scoring throughput of a text model.
struct BenchModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-model",
        abstract: "Ukur kecepatan model teks pada satu inti. / Measure text-model throughput on one core."
    )

    @Option(help: "Nama model / Model name")
    var model: String = "hatespeech"

    @Option(help: "Jumlah teks yang dinilai / Number of texts to score")
    var texts: Int = 200_000

    @Option(help: "Berkas CSV sumber teks (bawaan: berkas dev model) / CSV with the texts (default: the model's dev file)")
    var data: String?

    @Option(name: .customLong("model-file"), help: "Berkas model selain yang terpasang / Model file instead of the bundled one")
    var modelFile: String?

    func run() throws {
        let clock = ContinuousClock()
        let loadStart = clock.now
        let textModel = try modelFile.map { try TextModel.load(from: URL(fileURLWithPath: $0)) }
            ?? TextModel.bundled(model)
        let loadTime = clock.now - loadStart
        let defaults = ["hatespeech": "../shared/data/hatespeech-dev.csv",
                        "content": "../shared/data/netifier-toxicity-test.csv",
                        "gambling": "../shared/data/judol-comments.csv"]
        guard let path = data ?? defaults[model] else {
            throw CommandFailure(message: "Sebutkan --data / Pass --data")
        }
        let dataset = try LabelledDataset(contentsOf: URL(fileURLWithPath: path), schema: textModel.schema)
        guard !dataset.texts.isEmpty, texts > 0 else { throw CommandFailure(message: "Tidak ada teks / No texts") }
        let raw = (0..<texts).map { dataset.texts[$0 % dataset.count] }

        let analyzer = try modelAnalyzer()
        let normaliseStart = clock.now
        let normalised = raw.map { ModelText(rawText: $0, analyzer: analyzer) }
        let normaliseTime = clock.now - normaliseStart

        var checksum = 0.0
        let scoreStart = clock.now
        for text in normalised { checksum += textModel.scores(for: text)[0] }
        let scoreTime = clock.now - scoreStart

        // The checker's case: every shipped model on the same text, fused (one hashing, one row per bucket).
        let bank = ModelBank(models: try EngineLoader.ModelSelection.bundledNames.map(TextModel.bundled))
        let bankStart = clock.now
        for text in normalised { checksum += bank.scores(for: text)[0][0] }
        let bankTime = clock.now - bankStart

        func perSecond(_ duration: Duration) -> Int {
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
            return Int(Double(texts) / seconds)
        }
        let both = scoreTime + normaliseTime
        print("model \(textModel.name) \(textModel.version), dimuat dalam / loaded in \(loadTime)")
        print("\(texts) teks dari / texts from \(path), satu inti / one core")
        print("skor (teks sudah dianalisis mesin) / scoring analysed text: \(perSecond(scoreTime)) teks/s / texts/s")
        print("analisis mesin + skor / engine analysis + score: \(perSecond(both)) teks/s / texts/s")
        print("ketiga model terpasang sekaligus / all \(bank.models.count) shipped models together: "
              + "\(perSecond(bankTime)) teks/s / texts/s")
        print("checksum \(format(checksum))")
    }
}
