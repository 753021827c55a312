/// Where a case stands, and the only moves allowed between stages.
enum CaseStatus: String, Codable, CaseIterable, Sendable {
    case open
    /// Dalam pemeriksaan: Kepatuhan Internal gathers facts.
    case underReview = "under_review"
    /// Sidang kode etik.
    case hearing
    /// The hearing's outcome is recorded.
    case decided
    /// Banding: the reported person appealed the decision.
    case appealed
    case closed

    /// The stages a case may move to from this one. A decision is reached by recording an outcome, not by a bare
    /// status change, so `decided` is never a target here.
    var next: [CaseStatus] {
        switch self {
        case .open: return [.underReview, .closed]
        case .underReview: return [.hearing, .closed]
        case .hearing: return []
        case .decided: return [.appealed, .closed]
        case .appealed: return [.hearing, .closed]
        case .closed: return []
        }
    }

}
