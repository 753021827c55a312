/// How well the checker finds each rule on labelled posts.
public struct RuleScore: Codable, Hashable, Sendable {
    /// Of the posts flagged for the rule, the share that should be.
    public var precision: Double
    /// Of the posts that should be flagged for the rule, the share that are.
    public var recall: Double
    /// The number of posts labelled with the rule.
    public var support: Int
}

/// How many violating posts of one labelled group were caught.
public struct GroupScore: Codable, Hashable, Sendable {
    /// Of the group's violating posts, the share not allowed and flagged for one of their labelled rules.
    public var recall: Double
    /// The group's violating posts.
    public var support: Int
}

/// Per-rule precision and recall, and how often allowed posts are flagged (`bijak eval-posts`).
public struct RuleEvaluationReport: Codable, Hashable, Sendable {
    /// Scores by rule id, for every rule that is labelled or flagged at least once.
    public var rules: [String: RuleScore]
    /// Recall by the posts' own `group` labels (for example `confidential`), when the file gives them.
    public var groups: [String: GroupScore]
    /// Of all violating posts, the share not allowed and flagged for one of their labelled rules.
    public var violatingRecall: Double
    /// The share of posts labelled as allowed that were not allowed.
    public var benignFalsePositiveRate: Double
    /// The number of posts evaluated.
    public var posts: Int
    /// The number of posts labelled as allowed.
    public var benignPosts: Int

    private enum CodingKeys: String, CodingKey {
        case rules, groups, violatingRecall = "violating_recall",
             benignFalsePositiveRate = "benign_false_positive_rate", posts, benignPosts = "benign_posts"
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
    private var violating = 0
    private var violatingCaught = 0
    private var groupSupport: [String: Int] = [:]
    private var groupCaught: [String: Int] = [:]

    /// Creates an empty accumulator.
    public init() {}

    /// Adds one labelled post's verdict; `expected` empty means the post should be allowed. `group` is the post's
    /// own label of the kind of violation, counted for violating posts only.
    public mutating func add(expected: Set<String>, verdict: Verdict, group: String? = nil) {
        posts += 1
        let flagged = Set(verdict.findings.flatMap { [$0.rule] + $0.related })
        if !expected.isEmpty {
            let caught = verdict.decision != .allow && !flagged.isDisjoint(with: expected)
            violating += 1
            if caught { violatingCaught += 1 }
            if let group {
                groupSupport[group, default: 0] += 1
                if caught { groupCaught[group, default: 0] += 1 }
            }
        }
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
        var groups: [String: GroupScore] = [:]
        for (name, count) in groupSupport {
            groups[name] = GroupScore(recall: Double(groupCaught[name] ?? 0) / Double(count), support: count)
        }
        return RuleEvaluationReport(rules: rules, groups: groups,
                                    violatingRecall: violating == 0 ? 0 : Double(violatingCaught) / Double(violating),
                                    benignFalsePositiveRate: benign == 0 ? 0 : Double(benignFlagged) / Double(benign),
                                    posts: posts, benignPosts: benign)
    }
}
