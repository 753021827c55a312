/// One rule of the rulebook: what is forbidden, where it is written, and how Bijak recognises it.
///
/// Rules are data (one JSON file each under `rulebook/rules/`), so that an organisation can change them without
/// a new release.
public struct Rule: Codable, Hashable, Sendable, Identifiable {
    /// Stable identifier such as `DJPAS-2`, `SE137-8`, `BKN-6` or `NETRAL-1`.
    public var id: String
    /// The family the rule belongs to: `ditjenpas`, `se137`, `bkn` or `netral`.
    public var group: String
    /// Short title.
    public var title: LocalizedText
    /// What the rule forbids and why.
    public var explanation: LocalizedText
    /// How to fix a post that breaks it.
    public var advice: LocalizedText
    /// Where the rule is written.
    public var source: RuleSource
    /// How grave a violation is.
    public var severity: Severity
    /// The actions the rule applies to.
    public var actions: [PostAction]
    /// The ways the rule fires; a rule with none is guidance only (for example the sanction clause DJPAS-8).
    public var triggers: [RuleTrigger]
    /// Signals that mean the rule does not apply, such as official business for a live stream.
    public var unless: [SignalCondition]
    /// Score changes from other signals: a model confirming, a reporting context tempering.
    public var adjustments: [ScoreAdjustment]
    /// Rules that cover the same act; when both fire, the more specific one (lower priority) is primary.
    public var related: [String]
    /// Lower is more specific; decides which of overlapping rules is named primary.
    public var priority: Int
    /// Sanction guidance.
    public var sanction: SanctionGuidance
    /// Provisions of law the act may touch.
    public var provisions: [LegalProvision]
    /// Examples of what is and is not a violation.
    public var examples: RuleExamples

    private enum CodingKeys: String, CodingKey {
        case id, group, title, explanation, advice, source, severity, actions, triggers, unless, adjustments,
             related, priority, sanction, provisions, examples
    }

    /// Creates a rule.
    public init(id: String, group: String, title: LocalizedText, explanation: LocalizedText, advice: LocalizedText,
                source: RuleSource, severity: Severity, actions: [PostAction], triggers: [RuleTrigger],
                unless: [SignalCondition] = [], adjustments: [ScoreAdjustment] = [], related: [String] = [],
                priority: Int = 50, sanction: SanctionGuidance, provisions: [LegalProvision] = [],
                examples: RuleExamples = RuleExamples()) {
        self.id = id
        self.group = group
        self.title = title
        self.explanation = explanation
        self.advice = advice
        self.source = source
        self.severity = severity
        self.actions = actions
        self.triggers = triggers
        self.unless = unless
        self.adjustments = adjustments
        self.related = related
        self.priority = priority
        self.sanction = sanction
        self.provisions = provisions
        self.examples = examples
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        group = try container.decode(String.self, forKey: .group)
        title = try container.decode(LocalizedText.self, forKey: .title)
        explanation = try container.decode(LocalizedText.self, forKey: .explanation)
        advice = try container.decode(LocalizedText.self, forKey: .advice)
        source = try container.decode(RuleSource.self, forKey: .source)
        severity = try container.decode(Severity.self, forKey: .severity)
        actions = try container.decode([PostAction].self, forKey: .actions)
        triggers = try container.decodeIfPresent([RuleTrigger].self, forKey: .triggers) ?? []
        unless = try container.decodeIfPresent([SignalCondition].self, forKey: .unless) ?? []
        adjustments = try container.decodeIfPresent([ScoreAdjustment].self, forKey: .adjustments) ?? []
        related = try container.decodeIfPresent([String].self, forKey: .related) ?? []
        priority = try container.decodeIfPresent(Int.self, forKey: .priority) ?? 50
        sanction = try container.decode(SanctionGuidance.self, forKey: .sanction)
        provisions = try container.decodeIfPresent([LegalProvision].self, forKey: .provisions) ?? []
        examples = try container.decodeIfPresent(RuleExamples.self, forKey: .examples) ?? RuleExamples()
        guard !actions.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .actions, in: container,
                                                   debugDescription: "a rule must apply to at least one action")
        }
    }

    /// Every signal name the rule's triggers, exceptions and adjustments refer to.
    public var referencedSignals: Set<String> {
        var names = Set<String>()
        for trigger in triggers {
            for condition in trigger.all + trigger.any { names.insert(condition.signal) }
        }
        for condition in unless { names.insert(condition.signal) }
        for adjustment in adjustments { names.insert(adjustment.when.signal) }
        return names
    }
}
