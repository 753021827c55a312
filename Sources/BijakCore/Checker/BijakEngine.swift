import Foundation

/// The checker: a ``Post`` in, a ``Verdict`` out.
///
/// Build one engine and share it; it is immutable and safe to use from many threads. Checking is deterministic:
/// the same post with the same rulebook and models gives the same verdict.
public struct BijakEngine: Sendable {
    /// The rules in force.
    public let rulebook: Rulebook
    /// The text pipeline.
    public let analyzer: TextAnalyzer
    private let detectors: [any SignalDetector]
    private let evaluator = RuleEvaluator()
    private let rules: [CompiledRule]
    private let registry: SignalRegistry
    private let assembler: FindingAssembler
    private let modelVersions: [String: String]
    /// The debunked claims posts are compared with (empty when none were given).
    public let factChecks: FactCheckStore

    /// How deep shared-of-shared posts are followed.
    static let targetDepth = 2

    /// Creates an engine.
    /// - Parameters:
    ///   - rulebook: the rules and lexicons.
    ///   - resources: the language data.
    ///   - stemmer: the stemmer (the bundled Sastrawi-style stemmer by default).
    ///   - extraDetectors: more detectors, such as trained models.
    ///   - modelVersions: names and versions of the models among `extraDetectors`, reported in verdicts.
    ///   - factCheckClaims: debunked claims; a post repeating one raises `factcheck_match` (none by default).
    ///   - election: the election whose campaign periods, case-sensitive names and ballot numbers are recognised
    ///     (its other names belong in the rulebook's `candidate` and `party` lexicons; ``EngineLoader`` puts them
    ///     there). Without one, ballot numbers are found only after words such as "nomor".
    public init(rulebook: Rulebook, resources: LanguageResources, stemmer: any Stemming,
                extraDetectors: [any SignalDetector] = [], modelVersions: [String: String] = [:],
                factCheckClaims: [FactCheckClaim] = [], election: ElectionData? = nil) {
        self.rulebook = rulebook
        var vocabulary = resources.rootWords.union(resources.stopwords)
        for entries in rulebook.lexicons.values {
            for entry in entries { vocabulary.formUnion(entry.phrase.lowercased().split(separator: " ").map(String.init)) }
        }
        let analyzer = TextAnalyzer(folder: CharacterFolder(obfuscationMap: resources.obfuscationMap),
                                    slang: SlangDictionary(lists: resources.slangLists,
                                                          keepWords: resources.rootWords.union(resources.stopwords).union(["si"])),
                                    vocabulary: vocabulary, stemmer: stemmer)
        self.analyzer = analyzer
        let factChecks = FactCheckStore(claims: factCheckClaims, analyzer: analyzer, stopwords: resources.stopwords)
        self.factChecks = factChecks
        // Every name a rule mentions gets an index; rules then read strengths by position.
        let registry = SignalRegistry(names: rulebook.rules.flatMap { $0.referencedSignals.sorted() })
        self.registry = registry
        self.detectors = [
            LexiconDetector(lexicons: rulebook.lexicons, analyzer: analyzer, registry: registry),
            PersonalIdentifierDetector(districtCodes: resources.districtCodes),
            ClassificationMarkingDetector(),
            InmateIdentityDetector(knownWords: vocabulary),
            TimeReferenceDetector(),
            HeadcountDetector(),
            PriceDetector(),
            GamblingSiteDetector(),
            SpreadCallDetector(),
            BallotNumberDetector(),
            ShoutingDetector(),
            PersonReferenceDetector(),
            CampaignCueDetector(),
            ContextDetector(),
            TargetDetector(),
        ] + (election.map { [ElectionDetector(election: $0, analyzer: analyzer)] } ?? [])
            + (factChecks.count > 0 ? [FactCheckDetector(store: factChecks)] : []) + extraDetectors
        self.assembler = FindingAssembler(rulebook: rulebook, factChecks: factChecks)
        self.rules = rulebook.rules.map { CompiledRule($0, registry: registry) }
        self.modelVersions = modelVersions
    }

    /// Checks a post.
    /// - Parameters:
    ///   - post: the post, with its action, target and context.
    ///   - language: the language of explanations and advice.
    /// - Returns: the verdict.
    public func check(_ post: Post, language: Language = .indonesian) -> Verdict {
        check(post, language: language, depth: 0)
    }

    /// Runs the text pipeline alone, for users who want to see why something matched.
    public func analyze(_ text: String) -> AnalyzedText { analyzer.analyze(text) }

    /// The signals a post raises, before rules are applied (for explanations and debugging).
    public func signals(for post: Post) -> SignalSet {
        evaluate(post, language: .indonesian, depth: 0).signals
    }

    private func check(_ post: Post, language: Language, depth: Int) -> Verdict {
        evaluate(post, language: language, depth: depth).verdict
    }

    private func evaluate(_ post: Post, language: Language, depth: Int) -> (verdict: Verdict, signals: SignalSet) {
        let fields = analyzeFields(post)
        var target: (verdict: Verdict, signals: SignalSet)?
        if let targetPost = post.target, depth < Self.targetDepth {
            target = evaluate(targetPost, language: language, depth: depth + 1)
        }
        let input = DetectionInput(post: post, fields: fields, targetVerdict: target?.verdict, targetSignals: target?.signals)
        var signals = SignalSet(registry: registry)
        for detector in detectors { detector.detect(input, into: &signals) }
        let firings = rules.compactMap { evaluator.evaluate($0, action: post.action, signals: signals) }
        let findings = assembler.findings(from: firings, post: post, fields: fields, language: language)
        let verdict = Verdict(decision: decide(findings), findings: findings, rulebookVersion: rulebook.version,
                              modelVersions: modelVersions, language: language)
        return (verdict, signals)
    }

    private func analyzeFields(_ post: Post) -> [AnalyzedField] {
        var fields = [AnalyzedField(name: "text", analysis: analyzer.analyze(post.text))]
        for (index, item) in post.media.enumerated() {
            if let caption = item.caption, !caption.isEmpty {
                fields.append(AnalyzedField(name: "media[\(index)].caption", analysis: analyzer.analyze(caption)))
            }
            if let alt = item.altText, !alt.isEmpty {
                fields.append(AnalyzedField(name: "media[\(index)].alt_text", analysis: analyzer.analyze(alt)))
            }
        }
        return fields
    }

    private func decide(_ findings: [Finding]) -> Decision {
        let policy = rulebook.decision
        if findings.contains(where: { $0.score >= policy.blockAt && $0.severity >= policy.blockMinSeverity }) { return .block }
        return findings.isEmpty ? .allow : .review
    }
}
