/// How findings become a decision: scores at or above `blockAt` on rules of at least `blockMinSeverity` block;
/// scores at or above `reviewAt` ask for review; anything lower is not reported.
public struct DecisionPolicy: Codable, Hashable, Sendable {
    /// Score from which a serious finding blocks.
    public var blockAt: Double
    /// Score from which a finding is reported and asks for review.
    public var reviewAt: Double
    /// Least severity that can block.
    public var blockMinSeverity: Severity

    /// Creates a policy.
    public init(blockAt: Double = 0.75, reviewAt: Double = 0.45, blockMinSeverity: Severity = .high) {
        self.blockAt = blockAt
        self.reviewAt = reviewAt
        self.blockMinSeverity = blockMinSeverity
    }

    private enum CodingKeys: String, CodingKey {
        case blockAt = "block_at", reviewAt = "review_at", blockMinSeverity = "block_min_severity"
    }
}
