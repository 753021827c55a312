/// A rule held by reference, so that evaluating 25 rules per post does not copy their many arrays.
final class RuleBox: Sendable {
    let rule: Rule
    init(_ rule: Rule) { self.rule = rule }
}

/// Decides whether one rule fires on a post's signals, with which score and on which evidence.
struct RuleEvaluator: Sendable {
    /// A rule that fired.
    struct Firing {
        var box: RuleBox
        var score: Double
        var signals: [Signal]
    }

    func evaluate(_ box: RuleBox, action: PostAction, signals: SignalSet) -> Firing? {
        let rule = box.rule
        guard rule.actions.contains(action), !rule.triggers.isEmpty else { return nil }
        if rule.unless.contains(where: { signals.satisfies($0) }) { return nil }
        var best: Firing?
        for trigger in rule.triggers {
            if let actions = trigger.actions, !actions.contains(action) { continue }
            // Conditions gate with their own minimum scores; the trigger's score is the finding's base score.
            guard let used = match(trigger, signals) else { continue }
            let score = trigger.score
            if best == nil || score > best!.score { best = Firing(box: box, score: score, signals: used) }
        }
        guard var firing = best else { return nil }
        for adjustment in rule.adjustments where signals.satisfies(adjustment.when) {
            if let factor = adjustment.factor { firing.score *= factor }
            if let add = adjustment.add { firing.score += add }
            firing.signals += signals.instances(of: adjustment.when.signal).filter { $0.spans.isEmpty || adjustment.add != nil }
        }
        firing.score = min(1, max(0, firing.score))
        return firing
    }

    /// The signal instances that satisfy the trigger, or `nil` when it does not hold.
    private func match(_ trigger: RuleTrigger, _ signals: SignalSet) -> [Signal]? {
        for condition in trigger.all where !signals.satisfies(condition) { return nil }
        if !trigger.any.isEmpty, !trigger.any.contains(where: { signals.satisfies($0) }) { return nil }
        var groups = trigger.all.map { signals.instances(of: $0.signal) }
        if !trigger.any.isEmpty {
            // Any of the satisfied alternatives may be the one close enough to the others.
            let alternatives = trigger.any.filter { signals.satisfies($0) }.flatMap { signals.instances(of: $0.signal) }
            groups.append(alternatives)
        }
        if let within = trigger.within {
            return ProximityMatcher.closest(groups, within: within)
        }
        return groups.flatMap { $0 }
    }
}

/// Finds instances of several signals that lie close together in the same text.
enum ProximityMatcher {
    /// The instances of every group that lie within `within` words of an anchor instance of the first group (in the
    /// same field), provided every group has at least one; groups whose instances carry no position (context, target, models) are
    /// taken whole. Returns `nil` when no such choice exists.
    static func closest(_ groups: [[Signal]], within: Int) -> [Signal]? {
        let positioned = groups.filter { $0.contains { $0.termRange != nil } }
        let unpositioned = groups.filter { !$0.contains { $0.termRange != nil } }.flatMap { $0 }
        guard let anchors = positioned.first else { return unpositioned }
        for anchor in anchors {
            guard let anchorRange = anchor.termRange else { continue }
            var chosen = anchors.filter { other in
                guard let range = other.termRange, other.field == anchor.field else { return false }
                return distance(anchorRange, range) <= within
            }
            var complete = true
            for group in positioned.dropFirst() {
                let near = group.filter { candidate in
                    guard let range = candidate.termRange, candidate.field == anchor.field else { return false }
                    return distance(anchorRange, range) <= within
                }
                guard !near.isEmpty else {
                    complete = false
                    break
                }
                // Every nearby instance is evidence ("kaum" and "c1na" both name the group).
                chosen.append(contentsOf: near)
            }
            if complete { return chosen + unpositioned }
        }
        return nil
    }

    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.overlaps(b) { return 0 }
        return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound + 1 : a.lowerBound - b.upperBound + 1
    }
}
