import BijakCore

/// One rule in full for `bijak rules show`.
struct RuleDetailPrinter {
    let language: Language

    func render(_ rule: Rule) -> String {
        var lines = ["\(rule.id) — \(rule.title.text(in: language))", ""]
        func add(_ label: String, _ value: String) { lines.append("\(label) \(value)") }
        add("Tingkat / Severity:", rule.severity.rawValue)
        add("Tindakan / Actions:", rule.actions.map(\.rawValue).joined(separator: ", "))
        add("Penjelasan / Explanation:", rule.explanation.text(in: language))
        add("Saran / Advice:", rule.advice.text(in: language))
        let confirmed = rule.source.confirmed ? "terkonfirmasi / confirmed" : "belum dikonfirmasi / not confirmed"
        add("Sumber / Source:", "\(rule.source.citation) [\(confirmed)]")
        if let note = rule.source.note { add("  Catatan / Note:", note.text(in: language)) }
        lines.append("Pemicu / Triggers:")
        if rule.triggers.isEmpty { lines.append("  (tidak ada: panduan saja / none: guidance only)") }
        for trigger in rule.triggers { lines.append("  - " + Self.compact(trigger)) }
        if !rule.unless.isEmpty { add("Kecuali / Unless:", rule.unless.map(\.description).joined(separator: " | ")) }
        if !rule.adjustments.isEmpty {
            add("Penyesuaian / Adjustments:", rule.adjustments.map(Self.compact).joined(separator: "; "))
        }
        if !rule.related.isEmpty { add("Aturan terkait / Related:", rule.related.joined(separator: ", ")) }
        add("Sanksi / Sanction:", rule.sanction.ethics.text(in: language))
        if let discipline = rule.sanction.discipline { add("  Disiplin / Discipline:", discipline) }
        if let note = rule.sanction.note { add("  Catatan / Note:", note.text(in: language)) }
        if !rule.provisions.isEmpty {
            lines.append("Ketentuan / Provisions:")
            for provision in rule.provisions {
                lines.append("  - \(provision.law) \(provision.article): \(provision.summary.text(in: language))")
            }
        }
        if !rule.examples.violating.isEmpty {
            lines.append("Contoh melanggar / Violating examples:")
            lines += rule.examples.violating.map { "  ✗ \($0)" }
        }
        if !rule.examples.allowed.isEmpty {
            lines.append("Contoh boleh / Allowed examples:")
            lines += rule.examples.allowed.map { "  ✓ \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `sara_group>=0.5 + hostility>=0.7 + any(insult | profanity) within 8 → 0.85 [share]`
    static func compact(_ trigger: RuleTrigger) -> String {
        var parts = trigger.all.map(\.description)
        if !trigger.any.isEmpty { parts.append("any(" + trigger.any.map(\.description).joined(separator: " | ") + ")") }
        var text = parts.joined(separator: " + ")
        if let within = trigger.within { text += " within \(within)" }
        text += " → \(trigger.score)"
        if let actions = trigger.actions { text += " [" + actions.map(\.rawValue).joined(separator: ",") + "]" }
        return text
    }

    static func compact(_ adjustment: ScoreAdjustment) -> String {
        var text = adjustment.when.description
        if let add = adjustment.add { text += " " + (add >= 0 ? "+" : "") + "\(add)" }
        if let factor = adjustment.factor { text += " ×\(factor)" }
        return text
    }
}
