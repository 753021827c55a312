/// Everything needed to reproduce one shipped model from its data: layout, labels, features, regularisation and
/// how development and held-out rows are split off.
public struct ModelRecipe: Sendable {
    /// The model's name and the version written into the model file.
    public var name: String
    public var version: String
    /// Label names in model order; `schema.labelColumns` are the matching CSV headers.
    public var labels: [String]
    public var schema: DatasetSchema
    public var features: FeatureConfig
    public var logistic: LogisticSettings
    public var normalizer: ModelTextNormalizer
    /// Labels learnt among their parent label's positives only (label -> parent; parents come first).
    public var parents: [String: String] = [:]
    /// How rows of the training file are split when no separate dev file is given.
    public var split: StableSplit

    /// The recipes of the models Bijak ships.
    public static func named(_ name: String) throws -> ModelRecipe {
        switch name {
        case "hatespeech": return .hatespeech
        case "content": return .content
        case "gambling": return .gambling
        default: throw ModelDataError.unknownModel(name)
        }
    }

    /// Ibrohim & Budi (2019) tweets, all twelve labels; thresholds tuned on `hatespeech-dev.csv`.
    public static let hatespeech = ModelRecipe(
        name: "hatespeech", version: "1.0.0",
        labels: ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender",
                 "HS_Other", "HS_Weak", "HS_Moderate", "HS_Strong"],
        schema: DatasetSchema(labelColumns: ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race",
                                             "HS_Physical", "HS_Gender", "HS_Other", "HS_Weak", "HS_Moderate",
                                             "HS_Strong"]),
        features: FeatureConfig(bits: 18, stemWeight: 0.5), logistic: LogisticSettings(),
        normalizer: ModelTextNormalizer(),
        // Targets (Individual/Group/Religion/...) and strengths (Weak/Moderate/Strong) only exist for HS tweets.
        parents: Dictionary(uniqueKeysWithValues: ["HS_Individual", "HS_Group", "HS_Religion", "HS_Race",
                                                   "HS_Physical", "HS_Gender", "HS_Other", "HS_Weak",
                                                   "HS_Moderate", "HS_Strong"].map { ($0, "HS") }),
        split: StableSplit(seed: "hatespeech", devBucket: 0))

    /// Netifier posts: pornography, SARA, radicalism, defamation; dev is a stable 10 % of the training file.
    public static let content = ModelRecipe(
        name: "content", version: "1.0.0",
        labels: ["pornografi", "sara", "radikalisme", "pencemaran_nama_baik"],
        schema: DatasetSchema(textColumn: "original_text",
                              labelColumns: ["pornografi", "sara", "radikalisme", "pencemaran_nama_baik"]),
        features: FeatureConfig(bits: 19), logistic: LogisticSettings(),
        normalizer: ModelTextNormalizer(), split: StableSplit(seed: "content", devBucket: 0))

    /// YouTube comments promoting online gambling. Bucket 0 of the comment-id hash is the documented held-out
    /// evaluation tenth and is never trained on; bucket 1 is dev for the threshold.
    public static let gambling = ModelRecipe(
        name: "gambling", version: "1.0.0",
        labels: ["judol"],
        schema: DatasetSchema(textColumn: "comment_text", labelColumns: ["label"], idColumn: "comment_id"),
        features: FeatureConfig(bits: 18), logistic: LogisticSettings(),
        normalizer: ModelTextNormalizer(),
        split: StableSplit(seed: "gambling", devBucket: 1, holdoutBucket: 0))
}

/// A deterministic split of rows into tenths by a hash of their id, independent of row order and of the
/// platform (FNV-1a over UTF-8, not Swift's per-process seeded `hashValue`).
public struct StableSplit: Sendable, Equatable {
    public var seed: String
    /// The tenth used as development data for thresholds, when no dev file is given.
    public var devBucket: Int?
    /// The tenth reserved for evaluation and never trained on.
    public var holdoutBucket: Int?

    public init(seed: String, devBucket: Int? = nil, holdoutBucket: Int? = nil) {
        self.seed = seed
        self.devBucket = devBucket
        self.holdoutBucket = holdoutBucket
    }

    /// The tenth (0...9) an id falls in.
    public func bucket(of id: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in (seed + "\u{1F}" + id).utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(hash % 10)
    }

    /// Row positions of the dataset per role.
    public func partition(_ dataset: LabelledDataset) -> (train: [Int], dev: [Int], holdout: [Int]) {
        var train: [Int] = [], dev: [Int] = [], holdout: [Int] = []
        for (row, id) in dataset.ids.enumerated() {
            let bucket = bucket(of: id)
            if bucket == holdoutBucket { holdout.append(row) } else if bucket == devBucket { dev.append(row) } else {
                train.append(row)
            }
        }
        return (train, dev, holdout)
    }
}
