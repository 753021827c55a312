/// Where a Humas draft stands in its approval workflow.
///
///     draft ──submit──▶ submitted ──approve──▶ approved ──schedule──▶ scheduled ──publish──▶ published
///       ▲                  │  │                    └──────────────publish──────────────────────▲
///       └──revise── changes_requested ◀─request_changes─┘  └──reject──▶ rejected
enum DraftStatus: String, Codable, CaseIterable, Sendable {
    case draft
    case submitted
    case changesRequested = "changes_requested"
    case approved
    case scheduled
    case published
    case rejected

    /// Whether the author may still change the text.
    var isEditable: Bool { self == .draft || self == .changesRequested }
}

/// One step of the workflow: the states it starts from, the state it leads to, and its audit action.
enum DraftTransition: String, CaseIterable, Sendable {
    case create
    case revise
    case submit
    case requestChanges = "request_changes"
    case approve
    case reject
    case schedule
    case publish

    /// The states the step may start from (`create` starts from nothing).
    var from: Set<DraftStatus> {
        switch self {
        case .create: return []
        case .revise: return [.draft, .changesRequested]
        case .submit: return [.draft, .changesRequested]
        case .requestChanges, .approve, .reject: return [.submitted]
        case .schedule: return [.approved, .scheduled]
        case .publish: return [.approved, .scheduled]
        }
    }

    /// The state after the step; a revision keeps a draft a draft and brings a returned draft back to one.
    var to: DraftStatus {
        switch self {
        case .create, .revise: return .draft
        case .submit: return .submitted
        case .requestChanges: return .changesRequested
        case .approve: return .approved
        case .reject: return .rejected
        case .schedule: return .scheduled
        case .publish: return .published
        }
    }

    /// The audit log's action name, `area.verb`.
    var auditAction: String { "humas.\(rawValue)" }

    /// Whether the step is the approver's (the others are the author's side).
    var isApproverStep: Bool { self == .requestChanges || self == .approve || self == .reject }
}
