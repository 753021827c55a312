import ArgumentParser
import BijakCore
import Foundation

/// `bijak eval MODEL --data FILE [--json]`: per-label precision, recall, F1 and support, micro and macro F1.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluasi model teks pada berkas CSV berlabel. / Evaluate a text model on a labelled CSV file."
    )

    @Argument(help: "Nama model: hatespeech, content, gambling, violations / Model name")
    var model: String

    @Option(help: "Berkas berlabel (tata letak sama dengan berkas latih: CSV, JSONL untuk violations) / Labelled file, training layout (CSV; JSONL for violations)")
    var data: String

    @Option(name: .customLong("model-file"), help: "Berkas model selain yang terpasang / Model file instead of the bundled one")
    var modelFile: String?

    @Flag(help: "Hanya sepersepuluh yang ditahan (model gambling) / Only the held-out tenth (gambling model)")
    var holdout = false

    @Flag(help: "Keluaran JSON / JSON output")
    var json = false

    func run() throws {
        do {
            let textModel = try modelFile.map { try TextModel.load(from: URL(fileURLWithPath: $0)) }
                ?? TextModel.bundled(model)
            guard textModel.name == model else {
                throw CommandFailure(message: "Berkas model berisi '\(textModel.name)', bukan '\(model)' / "
                    + "Model file holds '\(textModel.name)', not '\(model)'")
            }
            let recipe = try ModelRecipe.named(model)
            var dataset = recipe.postLabels.isEmpty
                ? try LabelledDataset(contentsOf: URL(fileURLWithPath: data), schema: textModel.schema)
                : try TrainingData.load([data], recipe: recipe)
            if holdout {
                guard recipe.split.holdoutBucket != nil else {
                    throw CommandFailure(message: "Model '\(model)' tidak punya bagian yang ditahan / "
                        + "Model '\(model)' has no held-out part")
                }
                dataset = dataset.subset(recipe.split.partition(dataset).holdout)
            }
            let report = textModel.evaluate(on: dataset, analyzer: try modelAnalyzer())
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                print("\(textModel.name) \(textModel.version), \(dataset.count) baris / rows")
                print(report.table)
            }
        } catch let error as ModelDataError {
            throw CommandFailure(message: error.description)
        }
    }
}
