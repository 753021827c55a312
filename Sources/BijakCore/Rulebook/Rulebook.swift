/// The rules and lexicons in force, with a version that every verdict names.
public struct Rulebook: Sendable {
    /// The version, e.g. `2026.11.0`, or `2026.11.0+org-2025.1` with an organisation's overlay.
    public var version: String
    /// The rulebook's name.
    public var name: LocalizedText
    /// How findings become a decision.
    public var decision: DecisionPolicy
    /// Every rule, ordered by id.
    public private(set) var rules: [Rule]
    /// Phrases per lexicon signal.
    public var lexicons: [String: [LexiconEntry]]
    private var index: [String: Int]

    /// Creates a rulebook.
    public init(version: String, name: LocalizedText, decision: DecisionPolicy, rules: [Rule],
                lexicons: [String: [LexiconEntry]]) {
        self.version = version
        self.name = name
        self.decision = decision
        self.rules = rules.sorted { RuleOrdering.precedes($0.id, $1.id) }
        self.lexicons = lexicons
        self.index = Dictionary(self.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rule with `id` (case-insensitive), if any.
    public func rule(_ id: String) -> Rule? {
        if let position = index[id] { return rules[position] }
        return index[id.uppercased()].map { rules[$0] }
    }

    /// Adds or replaces rules by id.
    mutating func upsert(_ newRules: [Rule]) {
        var byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for rule in newRules { byID[rule.id] = rule }
        rules = byID.values.sorted { RuleOrdering.precedes($0.id, $1.id) }
        index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Orders rule ids naturally: DJPAS-2 before DJPAS-10, families in the order of the regulations.
enum RuleOrdering {
    private static let families = ["DJPAS", "SE137", "BKN", "NETRAL"]

    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let left = parts(lhs)
        let right = parts(rhs)
        if left.family != right.family { return left.family < right.family }
        if left.prefix != right.prefix { return left.prefix < right.prefix }
        return left.number < right.number
    }

    private static func parts(_ id: String) -> (family: Int, prefix: String, number: Int) {
        let pieces = id.split(separator: "-")
        let prefix = pieces.dropLast().joined(separator: "-")
        let number = pieces.last.flatMap { Int($0) } ?? Int.max
        let family = families.firstIndex(of: prefix) ?? families.count
        return (family, prefix, number)
    }
}
