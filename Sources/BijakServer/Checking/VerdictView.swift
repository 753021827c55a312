import BijakCore
import Foundation

/// A verdict as the result section of a page shows it.
struct VerdictView: Encodable {
    struct FindingView: Encodable {
        let rule: String
        let title: String
        let related: String
        let severity: String
        let score: String
        let evidence: [String]
        let explanation: String
        let advice: String
        let source: String
        let provisions: [String]
        let sanction: String
        let signals: [String]
        let references: [String]
    }

    let decision: String
    let decisionLabel: String
    let decisionText: String
    let textSegments: [TextSegment]
    let targetSegments: [TextSegment]
    let findings: [FindingView]
    let rulebookVersion: String
    let models: String

    init(verdict: Verdict, post: Post, strings: [String: String]) {
        let decision = verdict.decision.rawValue
        self.decision = decision
        decisionLabel = strings["decision_\(decision)"] ?? decision
        decisionText = strings["decision_\(decision)_text"] ?? ""
        textSegments = HighlightedText.segments(of: post.text, field: "text", findings: verdict.findings)
        targetSegments = post.target.map { HighlightedText.segments(of: $0.text, field: "target", findings: verdict.findings) } ?? []
        findings = verdict.findings.map { finding in
            FindingView(
                rule: finding.rule, title: finding.title, related: finding.related.joined(separator: ", "),
                severity: strings["severity_\(finding.severity.rawValue)"] ?? finding.severity.rawValue,
                score: "\(Int((finding.score * 100).rounded())) %",
                evidence: finding.evidence.map { "\($0.text) (\($0.field), \($0.signal))" },
                explanation: finding.explanation, advice: finding.advice, source: finding.source,
                provisions: finding.provisions, sanction: finding.sanction,
                signals: finding.signals.map { "\($0.name) — \($0.origin) — \(String(format: "%.2f", $0.score))" },
                references: finding.references)
        }
        rulebookVersion = verdict.rulebookVersion
        models = verdict.modelVersions.isEmpty
            ? (strings["models_none"] ?? "")
            : verdict.modelVersions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
