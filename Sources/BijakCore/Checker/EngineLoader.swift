import Foundation

/// Builds the engine from what ships with Bijak, plus an organisation's overlay directory if one is given.
public enum EngineLoader {
    /// The environment variable naming an overlay directory (same as `--rulebook-dir`).
    public static let overlayEnvironmentVariable = "BIJAK_RULEBOOK_DIR"

    /// Signals produced by code rather than lexicons.
    public static let detectorSignals: Set<String> = [
        "personal_identifier", "ballot_number", "shouting", "person_reference",
        "context.live", "context.uniform", "context.on_duty", "context.institutional", "factcheck_match",
        "context.campaign_period", "context.outside_campaign", "inmate_identity", "time_reference", "guard_headcount", "price_mention",
        "identity_number", "spread_command",
    ]

    /// The debunked claims' file, in the bundled data directory and in an overlay (`data/factcheck-claims.csv`).
    public static let factCheckFile = "factcheck-claims.csv"

    /// The bundled debunked claims.
    public static func bundledFactChecks() throws -> [FactCheckClaim] {
        guard let directory = RulebookLoader.bundledDataDirectory else {
            throw RulebookError(file: "data/\(factCheckFile)", problem: "data bawaan tidak ditemukan / bundled data not found")
        }
        // The seed is written by scripts/make_factcheck_seed.py and checked by the tests, so it is read without the
        // importer's per-row validation (which costs more than half of loading it).
        let file = directory.appendingPathComponent(factCheckFile)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw RulebookError(file: "data/\(factCheckFile)", problem: "berkas tidak ada / file is missing")
        }
        let records = try CSVReader.rows(of: String(decoding: data, as: UTF8.self), file: "data/\(factCheckFile)")
        guard records.first?.fields == ["claim", "date", "verdict", "url", "source"] else {
            throw RulebookError(file: "data/\(factCheckFile)", line: 1, problem: "kepala kolom salah / wrong header")
        }
        return records.dropFirst().compactMap { record in
            let f = record.fields
            return f.count == 5 ? FactCheckClaim(claim: f[0], date: f[1], verdict: f[2], url: f[3], source: f[4]) : nil
        }
    }

    /// The overlay's debunked claims (`data/factcheck-claims.csv`), empty when the overlay has none.
    public static func overlayFactChecks(in directory: URL) throws -> [FactCheckClaim] {
        let file = directory.appendingPathComponent("data").appendingPathComponent(factCheckFile)
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        do {
            return try FactCheckImporter.load(file, format: .csv)
        } catch var error as RulebookError {
            error.file = "data/\(factCheckFile)"
            throw error
        }
    }

    /// Signals the trained models produce (`model.label`); rules may use them in adjustments. When a model is not
    /// loaded its signals are simply absent.
    public static let modelSignals: Set<String> = Set(
        ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender",
         "HS_Other", "HS_Weak", "HS_Moderate", "HS_Strong"].map { "hatespeech.\($0)" }
        + ["pornografi", "sara", "radikalisme", "pencemaran_nama_baik"].map { "content.\($0)" }
        + ["gambling.judol"]
        + ModelRecipe.violationLabels.map { "violations.\($0.label)" })

    /// Which trained text models the engine scores posts with.
    public enum ModelSelection: Sendable {
        /// Every model shipped with Bijak (`hatespeech`, `content`, `gambling`, `violations`).
        case bundled
        /// No models: a lexicon-only engine.
        case none
        /// These models.
        case models([TextModel])

        /// The names of the shipped models.
        public static let bundledNames = ["hatespeech", "content", "gambling", "violations"]

        func resolve() throws -> [TextModel] {
            switch self {
            case .bundled: return try Self.bundledNames.map(TextModel.bundled)
            case .none: return []
            case .models(let models): return models
            }
        }
    }

    /// An engine and, when an overlay was refused, why.
    public struct Loaded: Sendable {
        /// The engine to use.
        public var engine: BijakEngine
        /// Set when the overlay was malformed: the engine then runs on the bundled rulebook alone.
        public var overlayError: RulebookError?
    }

    /// Loads the bundled rulebook, language data and stemmer, and applies `overlayDirectory` when given.
    ///
    /// A malformed overlay does not stop Bijak: it is refused as a whole, the bundled rulebook stays in force,
    /// and ``Loaded/overlayError`` says which file and line are wrong.
    /// - Parameters:
    ///   - overlayDirectory: an organisation's rules and lexicons.
    ///   - extraSignals: signal names produced by extra detectors (models), so rules may use them.
    ///   - extraDetectors: detectors added to the built-in ones.
    ///   - modelVersions: models among `extraDetectors`, named in verdicts.
    ///   - models: the trained text models, loaded once here and scored by a ``ModelDetector``: all shipped models
    ///     by default, `.none` for a lexicon-only engine. Their names and versions are added to `modelVersions`.
    /// - Throws: only when the bundled resources (rulebook, language data, selected models) cannot be loaded.
    public static func load(overlayDirectory: URL? = nil, extraSignals: Set<String> = [],
                            extraDetectors: [any SignalDetector] = [], modelVersions: [String: String] = [:],
                            models: ModelSelection = .bundled, factChecks: Bool = false) throws -> Loaded {
        let textModels = try models.resolve()
        var versions = modelVersions
        for model in textModels { versions[model.name] = model.version }
        let detectors = textModels.isEmpty ? extraDetectors : extraDetectors + [ModelDetector(models: textModels)]
        let resources = try LanguageResources.bundled()
        // The stemmer's dictionary is the root-word list already loaded, not a second copy read from disk.
        let stemmer = CachingStemmer(IndonesianStemmer(rootWords: resources.rootWords,
                                                       protectedWords: try IndonesianStemmer.loadWordList(named: "protected-words")))
        let validator = RulebookValidator(producedSignals: detectorSignals.union(modelSignals).union(extraSignals))
        let bundledElection = try ElectionData.bundled()
        let bundled = try RulebookLoader.loadBundled()
        try validator.validate(bundled.adding(bundledElection))
        var rulebook = bundled.adding(bundledElection)
        var election = bundledElection
        var overlayError: RulebookError?
        // Fact-check matching is opt-in for now: it costs about a third of a check (docs/PERFORMANCE.md).
        var claims = factChecks ? try bundledFactChecks() : []
        if let overlayDirectory {
            do {
                // The overlay's claims come first so that its copy of a url wins; a bad claims file refuses the overlay.
                let overlayClaims = factChecks ? try overlayFactChecks(in: overlayDirectory) : []
                // An overlay's data/election.json replaces the bundled election whole (another election).
                let overlayElection = try ElectionData.overlay(in: overlayDirectory) ?? bundledElection
                let candidate = try RulebookLoader.applyOverlay(bundled, directory: overlayDirectory,
                                                                dataDirectories: [RulebookLoader.bundledDataDirectory].compactMap { $0 })
                    .adding(overlayElection)
                try validator.validate(candidate, ruleFiles: ruleFiles(in: overlayDirectory))
                rulebook = candidate
                election = overlayElection
                claims = overlayClaims + claims
            } catch let error as RulebookError {
                overlayError = error
            }
        }
        let engine = BijakEngine(rulebook: rulebook, resources: resources, stemmer: stemmer,
                                 extraDetectors: detectors, modelVersions: versions, factCheckClaims: claims,
                                 election: election)
        return Loaded(engine: engine, overlayError: overlayError)
    }

    private static func ruleFiles(in directory: URL) -> [String: URL] {
        let rules = directory.appendingPathComponent("rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rules.path)) ?? []
        var files: [String: URL] = [:]
        for name in names where name.hasSuffix(".json") {
            files[String(name.dropLast(5))] = rules.appendingPathComponent(name)
        }
        return files
    }
}

extension Rulebook {
    /// The rulebook with the election's candidate and party names added to the `candidate` and `party` lexicons.
    func adding(_ election: ElectionData) -> Rulebook {
        var copy = self
        for (signal, entries) in election.lexiconEntries {
            copy.lexicons[signal, default: []].append(contentsOf: entries)
        }
        return copy
    }
}

extension CachingStemmer: Stemming {}
extension IndonesianStemmer: Stemming {}
