/// How grave a rule's violation is; drives the decision together with the finding's score.
public enum Severity: String, Codable, CaseIterable, Comparable, Sendable {
    case low, medium, high, critical

    private var rank: Int {
        switch self {
        case .low: return 0
        case .medium: return 1
        case .high: return 2
        case .critical: return 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
