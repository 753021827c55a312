import Vapor

/// Who may use the monitoring pages: internal compliance and administrators, each over their own unit subtree.
enum MonitoringAccess {
    static let roles = Role.overseers

    /// The signed-in monitor and their unit scope; anyone else is refused.
    static func require(_ request: Request) async throws -> (User, UnitScope) {
        let user = try request.requireRole(roles)
        return (user, try await UnitScope.of(user, on: request.db))
    }
}
