/// One way a rule can fire: signals that must appear together, optionally close to each other.
///
/// A trigger fires when every condition in `all` holds and, if `any` is given, at least one of `any` holds.
/// With `within`, the matched signals that carry positions must lie within that many words of each other,
/// so that "Pancasila" in one sentence and "bodoh" about something else ten sentences later do not combine.
public struct RuleTrigger: Codable, Hashable, Sendable {
    /// Conditions that must all hold.
    public var all: [SignalCondition]
    /// Conditions of which at least one must hold (ignored when empty).
    public var any: [SignalCondition]
    /// Largest distance, in words, between the positioned signals that combine; `nil` means anywhere.
    public var within: Int?
    /// The finding's base score when this trigger fires, 0...1.
    public var score: Double
    /// Restricts this trigger to some actions; `nil` means the rule's actions.
    public var actions: [PostAction]?

    /// Creates a trigger.
    public init(all: [SignalCondition] = [], any: [SignalCondition] = [], within: Int? = nil, score: Double,
                actions: [PostAction]? = nil) {
        self.all = all
        self.any = any
        self.within = within
        self.score = score
        self.actions = actions
    }

    private enum CodingKeys: String, CodingKey { case all, any, within, score, actions }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        all = try container.decodeIfPresent([SignalCondition].self, forKey: .all) ?? []
        any = try container.decodeIfPresent([SignalCondition].self, forKey: .any) ?? []
        within = try container.decodeIfPresent(Int.self, forKey: .within)
        score = try container.decode(Double.self, forKey: .score)
        actions = try container.decodeIfPresent([PostAction].self, forKey: .actions)
        guard !(all.isEmpty && any.isEmpty) else {
            throw DecodingError.dataCorruptedError(forKey: .all, in: container,
                                                   debugDescription: "a trigger needs \"all\" or \"any\" conditions")
        }
        guard (0...1).contains(score) else {
            throw DecodingError.dataCorruptedError(forKey: .score, in: container, debugDescription: "score must be in 0...1")
        }
        if let within, within < 1 {
            throw DecodingError.dataCorruptedError(forKey: .within, in: container, debugDescription: "within must be at least 1")
        }
    }
}

/// A change to a finding's score when another signal is present: models confirm (add) or context tempers (factor).
public struct ScoreAdjustment: Codable, Hashable, Sendable {
    /// The signal that causes the adjustment.
    public var when: SignalCondition
    /// Added to the score (may be negative); the result is clamped to 0...1.
    public var add: Double?
    /// Multiplies the score.
    public var factor: Double?

    /// Creates an adjustment.
    public init(when: SignalCondition, add: Double? = nil, factor: Double? = nil) {
        self.when = when
        self.add = add
        self.factor = factor
    }
}
