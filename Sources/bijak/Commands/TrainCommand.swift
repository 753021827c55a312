import ArgumentParser
import BijakCore
import Foundation

/// `bijak train MODEL --data FILE [--data FILE ...] [--dev FILE] --output FILE`: reproduces a shipped model from its
/// data: one CSV for the models of public corpora, one or more labelled-posts JSONL files for `violations`.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Latih model teks (hatespeech, content, gambling, violations). / Train a text model."
    )

    @Argument(help: "Nama model: hatespeech, content, gambling, violations / Model name")
    var model: String

    @Option(help: ArgumentHelp("Berkas CSV latih; untuk violations satu atau lebih berkas JSONL unggahan berlabel / "
        + "Training CSV file; for violations one or more labelled-posts JSONL files", valueName: "FILE"))
    var data: [String]

    @Option(help: "Berkas CSV dev untuk ambang (opsional) / Dev CSV for thresholds (optional)")
    var dev: String?

    @Option(help: "Berkas model keluaran / Output model file")
    var output: String

    @Option(help: "Jumlah thread pelatihan / Training threads")
    var threads: Int = 2

    @Option(help: ArgumentHelp("Ganti fitur resep (JSON FeatureConfig) untuk eksperimen / Override the recipe's "
        + "features (FeatureConfig JSON), for experiments", visibility: .hidden))
    var features: String?

    @Option(help: ArgumentHelp("Ganti C regresi logistik untuk eksperimen / Override logistic C, for experiments",
                               visibility: .hidden))
    var c: Double?

    @Option(help: ArgumentHelp("Ganti penskalaan rasio log (NB-SVM) untuk eksperimen / Override log-count-ratio "
        + "scaling, for experiments", visibility: .hidden))
    var nb: Bool?

    @Option(help: ArgumentHelp("Bobot model NB-SVM dalam rata-rata / Share of the NB-SVM model in the average",
                               visibility: .hidden))
    var nbShare: Double?

    @Option(help: ArgumentHelp("Pengaturan regresi per label (JSON) untuk eksperimen / Per-label logistic settings "
        + "(JSON), for experiments", visibility: .hidden))
    var labelSettings: String?

    @Option(help: ArgumentHelp("Jumlah lipatan untuk ambang / Folds for out-of-fold threshold tuning",
                               visibility: .hidden))
    var folds: Int?

    func run() throws {
        do {
            var recipe = try ModelRecipe.named(model)
            if let features {
                recipe.features = try JSONDecoder().decode(FeatureConfig.self, from: Data(features.utf8))
            }
            if let c { recipe.logistic.c = c }
            if let nb { recipe.logistic.logCountRatio = nb }
            if let nbShare { recipe.logistic.logCountRatioShare = nbShare }
            if let labelSettings {
                recipe.labelSettings = try JSONDecoder().decode([String: LogisticSettings].self,
                                                                from: Data(labelSettings.utf8))
            }
            if let folds { recipe.thresholdFolds = folds }
            let clock = ContinuousClock()
            let start = clock.now
            let dataset = try TrainingData.load(data, recipe: recipe)
            let devSet = try dev.map { try TrainingData.load([$0], recipe: recipe) }
            var notes = ["training_data": data.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ","),
                         "normalizer": recipe.normalizer.identifier]
            notes["dev_data"] = dev.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "stable 10% of training data"
            let analyzer = try modelAnalyzer()
            let result = ModelTrainer.train(recipe: recipe, data: dataset, dev: devSet, analyzer: analyzer,
                                            notes: notes, threads: threads)
            try result.model.write(to: URL(fileURLWithPath: output))
            let seconds = (clock.now - start).components.seconds
            print("Model '\(recipe.name)' dilatih pada \(result.trainRows) baris, ambang disetel pada \(result.devRows) "
                + "baris dev (\(seconds) s). / Trained on \(result.trainRows) rows, thresholds tuned on "
                + "\(result.devRows) dev rows.")
            print("Ambang / thresholds: "
                + zip(result.model.labels, result.model.thresholds).map { "\($0)=\(format($1))" }.joined(separator: " "))
            print(result.devReport.table)
            print("Ambang silang dua paruh dev (perkiraan jujur untuk data baru) / "
                + "Thresholds cross-fitted over two dev halves (honest estimate for unseen data):")
            print(result.crossFittedReport.table)
            if let outOfFold = result.outOfFoldReport {
                print("Skor lintas-lipatan data latih (ambang disetel pada skor itu sendiri) / "
                    + "Out-of-fold training scores (thresholds tuned on them):")
                print(outOfFold.table)
            }
            print("Disimpan ke / written to \(output)")
        } catch let error as ModelDataError {
            throw CommandFailure(message: error.description)
        }
    }
}

/// A refusal with a bilingual message and a non-zero exit code.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// The engine's text pipeline, which is the models' normaliser (`engine-v1`): built from the bundled rulebook
/// alone, without models, so that training and evaluation read texts exactly as the checker does.
func modelAnalyzer() throws -> TextAnalyzer {
    try EngineLoader.load(models: .none).engine.analyzer
}

func format(_ value: Double) -> String {
    String(format: "%.3f", value)
}
