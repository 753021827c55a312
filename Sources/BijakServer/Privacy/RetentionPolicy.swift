import Foundation

/// How long each kind of record is kept, in days, from the environment.
///
/// | Variable | Default | What expires |
/// |---|---|---|
/// | `BIJAK_RETAIN_UNFLAGGED_POSTS_DAYS` | 90 | imported posts the engine allowed and nobody queued, by capture time |
/// | `BIJAK_RETAIN_DECIDED_REVIEWS_DAYS` | 730 | dismissed or confirmed review items no case refers to (with their post), by decision time |
/// | `BIJAK_RETAIN_CLOSED_CASES_DAYS` | 1825 | closed cases and their history, by opening time |
/// | `BIJAK_RETAIN_SAVED_CHECKS_DAYS` | 365 | staff's saved checks, by creation time |
/// | `BIJAK_RETAIN_SESSIONS_DAYS` | 30 | sign-in sessions, counted from their expiry |
///
/// Audit entries are never deleted: the chain must stay whole.
public struct RetentionPolicy: Sendable, Equatable {
    public var unflaggedPostsDays = 90
    public var decidedReviewsDays = 730
    public var closedCasesDays = 1_825
    public var savedChecksDays = 365
    public var sessionsDays = 30

    public init() {}

    /// Reads the policy; an unusable value is a ``ConfigurationError`` naming its variable.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> RetentionPolicy {
        let reader = EnvironmentReader(environment)
        var policy = RetentionPolicy()
        let range = 1...36_500
        policy.unflaggedPostsDays = try reader.integer("BIJAK_RETAIN_UNFLAGGED_POSTS_DAYS", in: range) ?? policy.unflaggedPostsDays
        policy.decidedReviewsDays = try reader.integer("BIJAK_RETAIN_DECIDED_REVIEWS_DAYS", in: range) ?? policy.decidedReviewsDays
        policy.closedCasesDays = try reader.integer("BIJAK_RETAIN_CLOSED_CASES_DAYS", in: range) ?? policy.closedCasesDays
        policy.savedChecksDays = try reader.integer("BIJAK_RETAIN_SAVED_CHECKS_DAYS", in: range) ?? policy.savedChecksDays
        policy.sessionsDays = try reader.integer("BIJAK_RETAIN_SESSIONS_DAYS", in: range) ?? policy.sessionsDays
        return policy
    }
}
