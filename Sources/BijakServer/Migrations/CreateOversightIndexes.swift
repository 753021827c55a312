import Fluent
import SQLKit

/// Indexes for the queries the review queue and the case list run on every page: a unit's undecided items oldest
/// first, a unit's cases by status, a person's cases, a case's history.
struct CreateOversightIndexes: AsyncMigration {
    private static let indexes: [(name: String, table: String, columns: [String])] = [
        ("review_items_queue_idx", ReviewItem.schema, ["unit_id", "status", "created_at"]),
        ("cases_unit_status_idx", EthicsCase.schema, ["unit_id", "status"]),
        ("cases_subject_idx", EthicsCase.schema, ["subject_user_id"]),
        ("case_events_case_idx", CaseEvent.schema, ["case_id", "at"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            try await sql.drop(index: index.name).run()
        }
    }
}
