/// How one label of a model trained on labelled posts is read from a post's expected rule ids.
///
/// The project's labelled posts (`Tests/Fixtures/rule-posts*.jsonl`, `Training/violations/*.jsonl`) name the rules a
/// post breaks, not model labels. A label is positive when the post names any rule of ``anyOf`` and none of
/// ``noneOf``: a hoax also breaks SE137-7, but it is the misleading label's example, not radicalism's.
public struct PostLabelRule: Sendable, Equatable {
    /// The model label.
    public var label: String
    /// Rule ids any one of which makes the label positive.
    public var anyOf: Set<String>
    /// Rule ids that keep the label negative even when ``anyOf`` matches.
    public var noneOf: Set<String>

    /// Creates a label rule.
    public init(label: String, anyOf: Set<String>, noneOf: Set<String> = []) {
        self.label = label
        self.anyOf = anyOf
        self.noneOf = noneOf
    }

    /// Whether a post expected to break `rules` is an example of this label.
    public func matches(_ rules: Set<String>) -> Bool {
        !rules.isDisjoint(with: anyOf) && rules.isDisjoint(with: noneOf)
    }
}
