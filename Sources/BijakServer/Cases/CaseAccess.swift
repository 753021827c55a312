import Fluent
import Vapor

/// Who may see and act on a case.
///
/// - Kepatuhan Internal (patnal) and admins of the case's unit subtree see it; only patnal act on it.
/// - The reported person sees it once notified (``EthicsCase/visibleToSubject``), never acts on it, and never
///   sees an anonymous reporter. A patnal who is themselves reported is treated as the reported person.
/// - An anonymous reporter's identity is shown only to patnal of the case's unit subtree.
struct CaseAccess {
    let viewer: User
    let ethicsCase: EthicsCase
    let isSubject: Bool
    let inScope: Bool

    static func of(_ viewer: User, _ ethicsCase: EthicsCase, on database: any Database) async throws -> CaseAccess {
        let isSubject = ethicsCase.subjectUserID != nil && ethicsCase.subjectUserID == viewer.id
        var inScope = false
        if !isSubject, Role.overseers.contains(viewer.role) {
            inScope = try await UnitScope.of(viewer, on: database).contains(ethicsCase.unitID)
        }
        return CaseAccess(viewer: viewer, ethicsCase: ethicsCase, isSubject: isSubject, inScope: inScope)
    }

    var canView: Bool { inScope || (isSubject && ethicsCase.visibleToSubject) }
    var canAct: Bool { inScope && viewer.role == .patnal }
    var canSeeReporter: Bool {
        guard ethicsCase.reporterID != nil else { return false }
        return ethicsCase.reporterAnonymous ? canAct : canView
    }
    /// Staff identifiers (NIP, phone numbers in the evidence) are shown to patnal only.
    var seesIdentifiers: Bool { canAct }

    /// The case in the path, refused (as not found, so that its existence is not revealed) unless visible.
    static func require(_ request: Request) async throws -> CaseAccess {
        let viewer = try request.requireUser()
        guard let id = request.parameters.get("id", as: UUID.self),
              let ethicsCase = try await EthicsCase.find(id, on: request.db) else { throw AppError.notFound }
        let access = try await of(viewer, ethicsCase, on: request.db)
        guard access.canView else { throw AppError.notFound }
        return access
    }

    /// As ``require(_:)``, and refused unless the viewer may act.
    static func requireActor(_ request: Request) async throws -> CaseAccess {
        let access = try await require(request)
        guard access.canAct else { throw AppError.forbidden }
        return access
    }
}
