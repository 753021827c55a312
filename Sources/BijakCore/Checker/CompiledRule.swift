/// A rule prepared for fast evaluation: held by reference (no copying of its many arrays per post) and with every
/// signal condition resolved to a ``SignalRegistry`` index.
final class CompiledRule: Sendable {
    struct Condition: Sendable {
        let index: Int
        let minScore: Double
    }

    struct Trigger: Sendable {
        let all: [Condition]
        let any: [Condition]
        let within: Int?
        let score: Double
        let actions: [PostAction]?
    }

    struct Adjustment: Sendable {
        let condition: Condition
        let add: Double?
        let factor: Double?
    }

    let rule: Rule
    /// "Document, point (date)" per language, written once rather than for every finding.
    let sourceLine: [Language: String]
    /// "Law Article" for each provision.
    let provisionLines: [String]
    let triggers: [Trigger]
    /// Each trigger's first required condition, kept apart so that the many triggers that fail on it are skipped
    /// without touching (and reference-counting) the trigger's arrays.
    let gates: [Condition?]
    let unless: [Condition]
    let adjustments: [Adjustment]

    /// Compiles `rule`; every signal it names must be in `registry`.
    init(_ rule: Rule, registry: SignalRegistry) {
        func compile(_ condition: SignalCondition) -> Condition {
            Condition(index: registry.index(of: condition.signal)!, minScore: condition.minScore)
        }
        self.rule = rule
        var lines: [Language: String] = [:]
        for language in Language.allCases {
            var line = rule.source.citation
            if !rule.source.confirmed {
                line += language == .indonesian ? " [belum dikonfirmasi dengan naskah asli]" : " [not confirmed against the primary text]"
            }
            lines[language] = line
        }
        sourceLine = lines
        provisionLines = rule.provisions.map { "\($0.law) \($0.article)" }
        triggers = rule.triggers.map {
            Trigger(all: $0.all.map(compile), any: $0.any.map(compile), within: $0.within, score: $0.score, actions: $0.actions)
        }
        gates = triggers.map { $0.all.first ?? ($0.any.count == 1 ? $0.any[0] : nil) }
        unless = rule.unless.map(compile)
        adjustments = rule.adjustments.map { Adjustment(condition: compile($0.when), add: $0.add, factor: $0.factor) }
    }
}

extension SignalSet {
    func satisfies(_ condition: CompiledRule.Condition) -> Bool {
        let value = strength(at: condition.index)
        return value > 0 && value >= condition.minScore
    }
}
