import Foundation

/// The figures of the monitoring dashboard for a set of units and a period; the page, its charts and the CSV
/// export are all drawn from one value of this type.
struct DashboardFigures: Encodable, Sendable {
    /// A labelled count (a rule, a week, an age bucket).
    struct Count: Encodable, Sendable, Equatable {
        let key: String
        let count: Int
    }

    /// An account with many flagged posts in the period.
    struct Offender: Encodable, Sendable, Equatable {
        let account: String
        let owner: String
        let unit: String
        let flagged: Int
        let confirmed: Int
    }

    let from: Date
    let to: Date
    /// Flags (one per post and rule) by rule, most first.
    let flagsByRule: [Count]
    /// Rules reviewers confirmed, by rule.
    let confirmedByRule: [Count]
    /// Cases by rule: owned by the cases module (issue 6 part B), which fills this in; `nil` until then.
    var casesByRule: [Count]?
    /// Flags per week (`yyyy-Www`) or month (`yyyy-mm`), oldest first, empty buckets included.
    let trend: [Count]
    /// Accounts with at least `repeatThreshold` flagged posts in the period.
    let repeatOffenders: [Offender]
    let repeatThreshold: Int
    /// Open and claimed review items by age.
    let queueAge: [Count]

    /// The figures as CSV rows `section,key,value` (header included), in the order the page shows them.
    var csv: String {
        var lines = ["section,key,value"]
        func add(_ section: String, _ counts: [Count]) {
            for count in counts { lines.append([section, count.key, String(count.count)].map(CSVField.escape).joined(separator: ",")) }
        }
        add("flags_by_rule", flagsByRule)
        add("confirmed_by_rule", confirmedByRule)
        if let casesByRule { add("cases_by_rule", casesByRule) }
        add("trend", trend)
        for offender in repeatOffenders {
            lines.append(["repeat_offender_flagged", offender.account, String(offender.flagged)].map(CSVField.escape)
                .joined(separator: ","))
            lines.append(["repeat_offender_confirmed", offender.account, String(offender.confirmed)].map(CSVField.escape)
                .joined(separator: ","))
        }
        add("queue_age", queueAge)
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// CSV quoting, with the spreadsheet-formula guard: a field starting with `=`, `+`, `-` or `@` is prefixed with
/// `'` so that opening the export never runs a formula planted in a handle.
enum CSVField {
    static func escape(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
