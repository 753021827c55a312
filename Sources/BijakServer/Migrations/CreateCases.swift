import Fluent

/// Ethics cases and their history.
struct CreateCases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EthicsCase.schema)
            .id()
            .field("unit_id", .uuid, .required)
            .field("status", .string, .required)
            .field("source", .string, .required)
            .field("review_item_id", .uuid)
            .field("subject_user_id", .uuid)
            .field("subject_label", .string, .required)
            .field("summary", .string, .required)
            .field("rule_ids", .string, .required)
            .field("reporter_id", .uuid)
            .field("reporter_anonymous", .bool, .required)
            .field("opened_by", .uuid, .required)
            .field("evidence_text", .string, .required)
            .field("evidence_url", .string)
            .field("evidence_platform", .string, .required)
            .field("evidence_handle", .string, .required)
            .field("evidence_posted_at", .datetime)
            .field("evidence_captured_at", .datetime, .required)
            .field("evidence_sha256", .string, .required)
            .field("deadline_at", .datetime, .required)
            .field("hearing_at", .datetime)
            .field("hearing_panel", .string)
            .field("hearing_notes", .string)
            .field("outcome_not_proven", .bool)
            .field("outcome_moral", .string)
            .field("outcome_discipline_level", .string)
            .field("outcome_discipline_type", .string)
            .field("outcome_referral", .string)
            .field("outcome_note", .string)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("created_at", .datetime)
            // One case per review item.
            .unique(on: "review_item_id")
            .create()
        try await database.schema(CaseEvent.schema)
            .id()
            .field("case_id", .uuid, .required, .references(EthicsCase.schema, .id, onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("kind", .string, .required)
            .field("from_status", .string)
            .field("to_status", .string)
            .field("note", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseEvent.schema).delete()
        try await database.schema(EthicsCase.schema).delete()
    }
}
