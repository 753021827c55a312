/// Turns fired rules into findings: merges overlapping rules under one primary rule, collects evidence, writes
/// the explanation in the user's language.
struct FindingAssembler: Sendable {
    let rulebook: Rulebook
    /// Names the debunks behind `factcheck_match` signals in the finding's references.
    var factChecks: FactCheckStore? = nil

    func findings(from firings: [RuleEvaluator.Firing], post: Post, fields: [AnalyzedField],
                  language: Language) -> [Finding] {
        let reportable = firings.filter { $0.score >= rulebook.decision.reviewAt }
        // Most specific first, then strongest: the first of overlapping rules becomes primary.
        let ordered = reportable.sorted {
            ($0.compiled.rule.priority, -$0.score, $0.compiled.rule.id) < ($1.compiled.rule.priority, -$1.score, $1.compiled.rule.id)
        }
        var groups: [(primary: RuleEvaluator.Firing, absorbed: [RuleEvaluator.Firing])] = []
        for firing in ordered {
            if let index = groups.firstIndex(where: { overlaps($0.primary.compiled.rule, firing.compiled.rule) }) {
                groups[index].absorbed.append(firing)
            } else {
                groups.append((firing, []))
            }
        }
        let findings = groups.map { makeFinding($0.primary, absorbed: $0.absorbed, post: post, fields: fields, language: language) }
        return findings.sorted { ($0.severity, $0.score) > ($1.severity, $1.score) || (($0.severity, $0.score) == ($1.severity, $1.score) && RuleOrdering.precedes($0.rule, $1.rule)) }
    }

    private func overlaps(_ primary: Rule, _ other: Rule) -> Bool {
        primary.related.contains(other.id) || other.related.contains(primary.id)
    }

    private func makeFinding(_ primary: RuleEvaluator.Firing, absorbed: [RuleEvaluator.Firing], post: Post,
                             fields: [AnalyzedField], language: Language) -> Finding {
        let rule = primary.compiled.rule
        let related = rule.related.filter { id in
            guard let relatedRule = rulebook.rule(id) else { return false }
            return relatedRule.actions.contains(post.action)
        }
        let score = ([primary] + absorbed).map(\.score).max() ?? primary.score
        let signals = ([primary] + absorbed).flatMap(\.signals)
        return Finding(
            rule: rule.id,
            related: related,
            score: (score * 1000).rounded() / 1000,
            severity: rule.severity,
            evidence: evidence(signals, fields: fields),
            title: rule.title.text(in: language),
            explanation: rule.explanation.text(in: language),
            advice: rule.advice.text(in: language),
            source: primary.compiled.sourceLine[language] ?? "",
            provisions: primary.compiled.provisionLines,
            sanction: rule.sanction.ethics.text(in: language),
            signals: summaries(signals),
            references: references(signals))
    }

    /// "Judul/Title — date — url" of each debunk a `factcheck_match` signal points to, once each.
    private func references(_ signals: [Signal]) -> [String] {
        var result: [String] = []
        for signal in signals where signal.name == FactCheckDetector.signalName {
            guard let url = signal.detail else { continue }
            let reference = factChecks?.reference(forURL: url) ?? url
            if !result.contains(reference) { result.append(reference) }
        }
        return result
    }

    private func evidence(_ signals: [Signal], fields: [AnalyzedField]) -> [Evidence] {
        struct Key: Hashable { let field: String; let span: TextSpan }
        var seen = Set<Key>()
        var result: [Evidence] = []
        for signal in signals {
            guard let field = fields.first(where: { $0.name == signal.field }) else { continue }
            for span in signal.spans {
                guard seen.insert(Key(field: signal.field, span: span)).inserted else { continue }
                let text = signal.maskedText ?? field.analysis.excerpt(span)
                result.append(Evidence(start: span.start, end: span.end, text: text, field: signal.field, signal: signal.name))
            }
        }
        return result.sorted { ($0.field, $0.start, $0.end) < ($1.field, $1.start, $1.end) }
    }

    private func summaries(_ signals: [Signal]) -> [SignalSummary] {
        struct Key: Hashable { let name: String; let origin: String }
        var best: [Key: SignalSummary] = [:]
        for signal in signals {
            let key = Key(name: signal.name, origin: signal.origin)
            if best[key].map({ $0.score < signal.score }) ?? true {
                best[key] = SignalSummary(name: signal.name, score: (signal.score * 1000).rounded() / 1000, origin: signal.origin)
            }
        }
        return best.values.sorted { ($0.name, $0.origin) < ($1.name, $1.origin) }
    }
}
