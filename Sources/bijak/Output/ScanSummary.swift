import BijakCore
import Foundation

/// Counts kept while scanning, printed on standard error at the end.
struct ScanSummary {
    var decisions: [Decision: Int] = [:]
    var malformed = 0
    var findingsPerRule: [String: Int] = [:]

    /// Posts that got a verdict.
    var checked: Int { decisions.values.reduce(0, +) }

    mutating func add(_ verdict: Verdict) {
        decisions[verdict.decision, default: 0] += 1
        for finding in verdict.findings { findingsPerRule[finding.rule, default: 0] += 1 }
    }

    func render(elapsed: TimeInterval) -> String {
        var lines = ["Ringkasan / Summary:"]
        lines.append("  Total diperiksa / checked: \(checked)")
        lines.append("  IZINKAN / ALLOW: \(decisions[.allow] ?? 0)")
        lines.append("  TINJAU / REVIEW: \(decisions[.review] ?? 0)")
        lines.append("  TOLAK / BLOCK: \(decisions[.block] ?? 0)")
        lines.append("  Baris rusak / Malformed lines: \(malformed)")
        if !findingsPerRule.isEmpty {
            lines.append("  Temuan per aturan / Findings per rule:")
            let sorted = findingsPerRule.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            let width = sorted.map(\.key.count).max() ?? 0
            for (rule, count) in sorted {
                lines.append("    " + rule + String(repeating: " ", count: width - rule.count) + "  \(count)")
            }
        }
        let rate = Double(checked) / max(elapsed, 0.001)
        lines.append(String(format: "  Waktu / Elapsed: %.2f s, %.0f unggahan/s / posts/s", elapsed, rate))
        return lines.joined(separator: "\n")
    }
}
