/// How well the checker finds each rule on labelled posts.
public struct RuleScore: Codable, Hashable, Sendable {
    /// Of the posts flagged for the rule, the share that should be.
    public var precision: Double
    /// Of the posts that should be flagged for the rule, the share that are.
    public var recall: Double
    /// The number of posts labelled with the rule.
    public var support: Int
}

/// Per-rule precision and recall, and how often allowed posts are flagged (`bijak eval-posts`).
public struct RuleEvaluationReport: Codable, Hashable, Sendable {
    /// Scores by rule id, for every rule that is labelled or flagged at least once.
    public var rules: [String: RuleScore]
    /// The share of posts labelled as allowed that were not allowed.
    public var benignFalsePositiveRate: Double
    /// The number of posts evaluated.
    public var posts: Int
    /// The number of posts labelled as allowed.
    public var benignPosts: Int

    private enum CodingKeys: String, CodingKey {
        case rules, benignFalsePositiveRate = "benign_false_positive_rate", posts, benignPosts = "benign_posts"
    }
}

/// Collects verdicts against labels. A finding counts for a rule when the rule is its primary or a related rule.
public struct RuleEvaluationAccumulator: Sendable {
    private var truePositives: [String: Int] = [:]
    private var falsePositives: [String: Int] = [:]
    private var support: [String: Int] = [:]
    private var posts = 0
    private var benign = 0
    private var benignFlagged = 0

    /// Creates an empty accumulator.
    public init() {}

    /// Adds one labelled post's verdict; `expected` empty means the post should be allowed.
    public mutating func add(expected: Set<String>, verdict: Verdict) {
        posts += 1
        let flagged = Set(verdict.findings.flatMap { [$0.rule] + $0.related })
        for rule in expected { support[rule, default: 0] += 1 }
        for rule in flagged {
            if expected.contains(rule) { truePositives[rule, default: 0] += 1 } else { falsePositives[rule, default: 0] += 1 }
        }
        if expected.isEmpty {
            benign += 1
            if verdict.decision != .allow { benignFlagged += 1 }
        }
    }

    /// The report so far.
    public var report: RuleEvaluationReport {
        var rules: [String: RuleScore] = [:]
        for rule in Set(support.keys).union(falsePositives.keys).union(truePositives.keys) {
            let hits = truePositives[rule] ?? 0
            let flagged = hits + (falsePositives[rule] ?? 0)
            let labelled = support[rule] ?? 0
            rules[rule] = RuleScore(precision: flagged == 0 ? 0 : Double(hits) / Double(flagged),
                                    recall: labelled == 0 ? 0 : Double(hits) / Double(labelled),
                                    support: labelled)
        }
        return RuleEvaluationReport(rules: rules,
                                    benignFalsePositiveRate: benign == 0 ? 0 : Double(benignFlagged) / Double(benign),
                                    posts: posts, benignPosts: benign)
    }
}
