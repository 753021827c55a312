import Fluent
import Foundation

/// The units a user may see or manage: their own unit and every unit under it.
///
/// The whole unit table is read (a few hundred rows nationally) and the subtree found in memory, which is the same
/// on SQLite and PostgreSQL and needs no recursive SQL.
struct UnitScope: Sendable {
    /// The user's own unit.
    let rootID: UUID
    /// Every unit in scope, in tree order (parents before children), with its depth under the root.
    let units: [(unit: Unit, depth: Int)]
    /// The ids in scope, for quick membership tests.
    let ids: Set<UUID>

    /// Reads the scope of `user`.
    static func of(_ user: User, on database: any Database) async throws -> UnitScope {
        let all = try await Unit.query(on: database).sort(\.$name).all()
        let children = Dictionary(grouping: all, by: { $0.$parent.id })
        var ordered: [(unit: Unit, depth: Int)] = []
        func visit(_ unit: Unit, depth: Int) {
            ordered.append((unit, depth))
            // Depth is bounded by the hierarchy (Ditjen -> Kanwil -> UPT); the guard stops a corrupted cycle.
            guard depth < 8, let id = unit.id else { return }
            for child in children[id] ?? [] { visit(child, depth: depth + 1) }
        }
        if let root = all.first(where: { $0.id == user.$unit.id }) { visit(root, depth: 0) }
        return UnitScope(rootID: user.$unit.id, units: ordered, ids: Set(ordered.compactMap { $0.unit.id }))
    }

    /// Whether `unitID` is in scope.
    func contains(_ unitID: UUID?) -> Bool {
        guard let unitID else { return false }
        return ids.contains(unitID)
    }

    /// Refuses a unit outside the scope.
    func require(_ unitID: UUID?) throws {
        guard contains(unitID) else { throw AppError.forbidden }
    }

    /// The unit with `id`, when in scope.
    func unit(_ id: UUID?) -> Unit? {
        units.first { $0.unit.id == id }?.unit
    }
}
