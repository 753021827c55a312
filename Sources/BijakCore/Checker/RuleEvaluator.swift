/// Decides whether one rule fires on a post's signals, with which score and on which evidence.
struct RuleEvaluator: Sendable {
    /// A rule that fired.
    struct Firing {
        var compiled: CompiledRule
        var score: Double
        var signals: [Signal]
    }

    func evaluate(_ compiled: CompiledRule, action: PostAction, signals: SignalSet) -> Firing? {
        guard !compiled.triggers.isEmpty, compiled.rule.actions.contains(action) else { return nil }
        if compiled.unless.contains(where: { signals.satisfies($0) }) { return nil }
        var best: Firing?
        for index in compiled.triggers.indices {
            if let gate = compiled.gates[index], !signals.satisfies(gate) { continue }
            let trigger = compiled.triggers[index]
            if let actions = trigger.actions, !actions.contains(action) { continue }
            // Conditions gate with their own minimum scores; the trigger's score is the finding's base score.
            guard let used = match(trigger, signals) else { continue }
            // The best trigger gives the score; every trigger that holds gives its evidence (a leaked NIK and the
            // cell next to it are both shown, whichever scored higher).
            if best == nil {
                best = Firing(compiled: compiled, score: trigger.score, signals: used)
            } else {
                best!.score = max(best!.score, trigger.score)
                best!.signals += used
            }
        }
        guard var firing = best else { return nil }
        for adjustment in compiled.adjustments where signals.satisfies(adjustment.condition) {
            if let factor = adjustment.factor { firing.score *= factor }
            if let add = adjustment.add { firing.score += add }
            // A confirming signal is part of the explanation; a tempering one with a position is not evidence.
            firing.signals += signals.instances(at: adjustment.condition.index).filter { $0.spans.isEmpty || adjustment.add != nil }
        }
        firing.score = min(1, max(0, firing.score))
        return firing
    }

    /// The signal instances that satisfy the trigger, or `nil` when it does not hold.
    private func match(_ trigger: CompiledRule.Trigger, _ signals: SignalSet) -> [Signal]? {
        for condition in trigger.all where !signals.satisfies(condition) { return nil }
        if !trigger.any.isEmpty, !trigger.any.contains(where: { signals.satisfies($0) }) { return nil }
        var groups = trigger.all.map { signals.instances(at: $0.index) }
        if !trigger.any.isEmpty {
            // Any of the satisfied alternatives may be the one close enough to the others.
            groups.append(trigger.any.filter { signals.satisfies($0) }.flatMap { signals.instances(at: $0.index) })
        }
        if let within = trigger.within {
            return ProximityMatcher.closest(groups, within: within)
        }
        return groups.flatMap { $0 }
    }
}
