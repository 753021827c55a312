import Foundation

/// The superior's duty to act on a known violation, as a deadline stored on every case.
enum CaseDeadline {
    /// Default days from a case's opening by which the reported person's direct superior must act.
    ///
    /// Source: PP 94/2021 obliges the direct superior to act on a suspected violation (the superior who does not is
    /// disciplined in turn; see ../shared/reference/RULES.md, section E: "The direct superior must act on a known
    /// violation"). Neither the reference nor the seeds fix a number of days, so 14 calendar days is a working
    /// default chosen to give a summons with notice and an examination; set `BIJAK_CASE_DEADLINE_DAYS` to the
    /// period your Kanwil applies.
    static let defaultDays = 14

    /// The configured period: `BIJAK_CASE_DEADLINE_DAYS` (1…365), or ``defaultDays``.
    static func days(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Int {
        try EnvironmentReader(environment).integer("BIJAK_CASE_DEADLINE_DAYS", in: 1...365) ?? defaultDays
    }
}
