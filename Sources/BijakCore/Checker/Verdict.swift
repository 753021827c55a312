/// What the checker decided for a post.
public enum Decision: String, Codable, CaseIterable, Sendable, Comparable {
    /// Nothing found: fine to publish.
    case allow
    /// Something may break a rule: reconsider, or ask Humas or a superior.
    case review
    /// Clearly breaks a rule: do not publish as written.
    case block

    private var rank: Int {
        switch self {
        case .allow: return 0
        case .review: return 1
        case .block: return 2
        }
    }

    public static func < (lhs: Decision, rhs: Decision) -> Bool { lhs.rank < rhs.rank }
}

/// Which words triggered a finding.
public struct Evidence: Codable, Hashable, Sendable {
    /// First Unicode scalar of the evidence in the field's original text.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The words, exactly as written, or masked when they are personal data.
    public var text: String
    /// Which text the offsets refer to: `text` (the post), `target` (the shared post), `media[0].caption`, ...
    public var field: String
    /// The signal the evidence supports, e.g. `hostility`.
    public var signal: String

    /// Creates evidence.
    public init(start: Int, end: Int, text: String, field: String = "text", signal: String) {
        self.start = start
        self.end = end
        self.text = text
        self.field = field
        self.signal = signal
    }
}

/// A signal behind a finding, shown so the user sees whether a lexicon, a detector, a model or the context spoke.
public struct SignalSummary: Codable, Hashable, Sendable {
    /// The signal's name.
    public var name: String
    /// Its score.
    public var score: Double
    /// What produced it.
    public var origin: String

    /// Creates a summary.
    public init(name: String, score: Double, origin: String) {
        self.name = name
        self.score = score
        self.origin = origin
    }
}

/// One rule a post appears to break, with everything a user needs to understand and fix it.
public struct Finding: Codable, Hashable, Sendable {
    /// The primary rule.
    public var rule: String
    /// Overlapping rules that cover the same act.
    public var related: [String]
    /// Confidence 0...1.
    public var score: Double
    /// How grave the rule is.
    public var severity: Severity
    /// The words that triggered it.
    public var evidence: [Evidence]
    /// The rule's title in the chosen language.
    public var title: String
    /// Why it is a problem.
    public var explanation: String
    /// How to fix it.
    public var advice: String
    /// The regulation and point, e.g. "SE MenPAN-RB No. 137 Tahun 2018, angka 8 (2018-05-21)".
    public var source: String
    /// Provisions of law it may touch, e.g. "UU ITE Pasal 28 ayat (2)".
    public var provisions: [String]
    /// The sanction guidance.
    public var sanction: String
    /// The signals behind the finding.
    public var signals: [SignalSummary]
    /// Fact checks that debunk what the post repeats, each "Judul/Title — date — url"; omitted from JSON when empty.
    public var references: [String]

    /// Creates a finding.
    public init(rule: String, related: [String], score: Double, severity: Severity, evidence: [Evidence],
                title: String, explanation: String, advice: String, source: String, provisions: [String],
                sanction: String, signals: [SignalSummary], references: [String] = []) {
        self.rule = rule
        self.related = related
        self.score = score
        self.severity = severity
        self.evidence = evidence
        self.title = title
        self.explanation = explanation
        self.advice = advice
        self.source = source
        self.provisions = provisions
        self.sanction = sanction
        self.signals = signals
        self.references = references
    }

    private enum CodingKeys: String, CodingKey {
        case rule, related, score, severity, evidence, title, explanation, advice, source, provisions, sanction, signals,
             references
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        related = try container.decode([String].self, forKey: .related)
        score = try container.decode(Double.self, forKey: .score)
        severity = try container.decode(Severity.self, forKey: .severity)
        evidence = try container.decode([Evidence].self, forKey: .evidence)
        title = try container.decode(String.self, forKey: .title)
        explanation = try container.decode(String.self, forKey: .explanation)
        advice = try container.decode(String.self, forKey: .advice)
        source = try container.decode(String.self, forKey: .source)
        provisions = try container.decode([String].self, forKey: .provisions)
        sanction = try container.decode(String.self, forKey: .sanction)
        signals = try container.decode([SignalSummary].self, forKey: .signals)
        references = try container.decodeIfPresent([String].self, forKey: .references) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(related, forKey: .related)
        try container.encode(score, forKey: .score)
        try container.encode(severity, forKey: .severity)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(title, forKey: .title)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(advice, forKey: .advice)
        try container.encode(source, forKey: .source)
        try container.encode(provisions, forKey: .provisions)
        try container.encode(sanction, forKey: .sanction)
        try container.encode(signals, forKey: .signals)
        if !references.isEmpty { try container.encode(references, forKey: .references) }
    }
}

/// The checker's answer for one post. Deterministic: the same post and versions give the same verdict.
public struct Verdict: Codable, Hashable, Sendable {
    /// Allow, review or block.
    public var decision: Decision
    /// The rules the post appears to break, most serious first.
    public var findings: [Finding]
    /// The rulebook version that produced the verdict.
    public var rulebookVersion: String
    /// The models (name and version) whose scores were used.
    public var modelVersions: [String: String]
    /// The language of titles, explanations and advice.
    public var language: Language

    /// Creates a verdict.
    public init(decision: Decision, findings: [Finding], rulebookVersion: String, modelVersions: [String: String] = [:],
                language: Language) {
        self.decision = decision
        self.findings = findings
        self.rulebookVersion = rulebookVersion
        self.modelVersions = modelVersions
        self.language = language
    }

    private enum CodingKeys: String, CodingKey {
        case decision, findings, rulebookVersion = "rulebook_version", modelVersions = "model_versions", language
    }
}
