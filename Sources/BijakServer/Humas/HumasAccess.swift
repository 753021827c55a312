import Foundation

/// Who may do what with Humas drafts.
///
/// - Writing: a `humas` or `admin` user, for an institutional account of a unit in their scope.
/// - Approving (approve, reject, request changes): a `humas` or `admin` user whose scope holds the draft's unit
///   (the same unit or a parent unit), **never the draft's author**. The database update repeats that condition, so
///   no code path can approve one's own draft.
/// - Revising and submitting: the author only.
/// - Scheduling and publishing: any writer of the unit (the officer who runs the account that day).
/// - Reading drafts, the calendar and the archive: `humas`, `admin` and `patnal` users of the scope.
enum HumasAccess {
    /// Roles that write and approve drafts.
    static let writers: Set<Role> = [.humas, .admin]
    /// Roles that read drafts, the calendar and the archive.
    static let readers: Set<Role> = [.humas, .admin, .patnal]

    /// Whether `user` may write drafts for an account of `unitID`.
    static func canWrite(_ user: User, unitID: UUID, scope: UnitScope) -> Bool {
        writers.contains(user.role) && scope.contains(unitID)
    }

    /// Whether `user` may approve, reject or return `draft`.
    static func canApprove(_ user: User, draft: HumasDraft, scope: UnitScope) -> Bool {
        canWrite(user, unitID: draft.unitID, scope: scope) && user.id != draft.authorID
    }

    /// Whether `user` may take `transition` on `draft` (apart from the state, which the update checks).
    static func may(_ user: User, _ transition: DraftTransition, draft: HumasDraft, scope: UnitScope) -> Bool {
        switch transition {
        case .create, .schedule, .publish: return canWrite(user, unitID: draft.unitID, scope: scope)
        case .revise, .submit: return canWrite(user, unitID: draft.unitID, scope: scope) && user.id == draft.authorID
        case .requestChanges, .approve, .reject: return canApprove(user, draft: draft, scope: scope)
        }
    }
}
