import Foundation
@testable import BijakCore

/// Short invented posts for model tests (no third-party text): "kasar" posts insult, "judi" posts advertise.
enum ModelFixture {
    static let csv = """
    text,kasar,judi
    dasar kamu bodoh sekali,1,0
    "kamu memang bodoh, dasar tolol",1,0
    tolol banget sih kamu,1,0
    selamat pagi semua semoga sehat,0,0
    rapat dinas dimulai jam sembilan,0,0
    "ayo daftar slot gacor, pasti maxwin",0,1
    slot gacor hari ini deposit kecil,0,1
    depo kecil langsung wd cepat slot,0,1
    terima kasih atas kerja samanya,0,0
    bodoh kamu main slot terus,1,1
    layanan publik kini lebih cepat,0,0
    jangan lupa ikut upacara besok pagi,0,0
    """

    static let schema = DatasetSchema(textColumn: "text", labelColumns: ["kasar", "judi"])

    static func dataset() throws -> LabelledDataset {
        try LabelledDataset(csv: Data(csv.utf8), schema: schema)
    }

    static let recipe = ModelRecipe(
        name: "fixture", version: "0.0.1", labels: ["kasar", "judi"], schema: schema,
        features: FeatureConfig(bits: 12), logistic: LogisticSettings(c: 4, balanced: true, maxIterations: 50),
        normalizer: ModelTextNormalizer(), split: StableSplit(seed: "fixture", devBucket: 0))

    /// The engine's pipeline (lexicon-only engine), the models' normaliser.
    static let analyzer: TextAnalyzer = {
        do { return try EngineLoader.load(models: .none).engine.analyzer } catch { fatalError("engine: \(error)") }
    }()

    static func train() throws -> ModelTrainer.Result {
        let data = try dataset()
        return ModelTrainer.train(recipe: recipe, data: data, dev: data, analyzer: analyzer, threads: 2)
    }
}
