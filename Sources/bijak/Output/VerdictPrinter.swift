import BijakCore
import Foundation

/// The human-readable verdict of `bijak check`: decision, the post with its evidence marked, then each finding
/// with everything needed to understand and fix it.
struct VerdictPrinter {
    let style: Style

    func render(_ verdict: Verdict, post: Post) -> String {
        var lines: [String] = []
        lines.append("\(style.bold("Keputusan / Decision:")) \(verdict.decision.styledLabel(style))")
        lines.append(style.dim("Buku aturan / Rulebook: \(verdict.rulebookVersion)"))
        guard !verdict.findings.isEmpty else {
            lines.append("Tidak ada temuan. / No findings.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("")
        lines.append(contentsOf: markedFields(verdict, post: post))
        for (number, finding) in verdict.findings.enumerated() {
            lines.append("")
            lines.append(contentsOf: render(finding, number: number + 1))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The post's text with evidence marked, then every other field that carries evidence, each on its own line.
    private func markedFields(_ verdict: Verdict, post: Post) -> [String] {
        let evidence = verdict.findings.flatMap(\.evidence)
        var byField: [String: [TextSpan]] = [:]
        for item in evidence { byField[item.field, default: []].append(TextSpan(start: item.start, end: item.end)) }
        var lines = ["Teks / Text: " + HighlightedText.render(post.text, spans: byField["text"] ?? [], style: style)]
        for field in byField.keys.sorted() where field != "text" {
            if let original = Self.fieldText(field, of: post) {
                lines.append("\(field): " + HighlightedText.render(original, spans: byField[field] ?? [], style: style))
            } else {
                let words = evidence.filter { $0.field == field }.map { style.highlight($0.text) }
                lines.append("\(field): " + words.joined(separator: " "))
            }
        }
        return lines
    }

    private func render(_ finding: Finding, number: Int) -> [String] {
        var lines = ["\(number). \(style.bold(finding.rule)) — \(finding.title)"]
        func add(_ label: String, _ value: String) { lines.append("   \(style.dim(label)) \(value)") }
        if !finding.related.isEmpty { add("Aturan terkait / Related:", finding.related.joined(separator: ", ")) }
        add("Skor / Score:", String(format: "%.2f", finding.score) + " (\(finding.severity.rawValue))")
        if !finding.evidence.isEmpty {
            let words = finding.evidence.map { "\"\($0.text)\"" + ($0.field == "text" ? "" : " (\($0.field))") }
            add("Kata / Words:", words.joined(separator: ", "))
        }
        add("Penjelasan / Explanation:", finding.explanation)
        for reference in finding.references { add("Cek fakta / Fact check:", reference) }
        add("Saran / Advice:", finding.advice)
        add("Sumber / Source:", finding.source)
        if !finding.provisions.isEmpty { add("Ketentuan / Provisions:", finding.provisions.joined(separator: "; ")) }
        add("Sanksi / Sanction:", finding.sanction)
        if !finding.signals.isEmpty {
            let signals = finding.signals.map { "\($0.name) (\($0.origin), \(String(format: "%.2f", $0.score)))" }
            add("Sinyal / Signals:", signals.joined(separator: ", "))
        }
        return lines
    }

    /// The original text of an evidence field such as `target`, `media[0].caption` or `media[1].alt_text`.
    static func fieldText(_ field: String, of post: Post) -> String? {
        if field == "text" { return post.text }
        if field == "target" { return post.target?.text }
        guard field.hasPrefix("media["), let close = field.firstIndex(of: "]"),
              let index = Int(field[field.index(field.startIndex, offsetBy: 6)..<close]),
              post.media.indices.contains(index) else { return nil }
        switch field[field.index(after: close)...] {
        case ".caption": return post.media[index].caption
        case ".alt_text": return post.media[index].altText
        default: return nil
        }
    }
}
