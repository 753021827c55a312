import Fluent

/// Import jobs and their uploaded files.
struct CreateImportJobs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ImportJob.schema)
            .id()
            .field("account_id", .uuid, .required, .references(SocialAccount.schema, .id, onDelete: .cascade))
            .field("unit_id", .uuid, .required)
            .field("format", .string, .required)
            .field("file_name", .string, .required)
            .field("file_digest", .string, .required)
            .field("file_bytes", .int64, .required)
            .field("origin", .string, .required)
            .field("status", .string, .required)
            .field("records_done", .int64, .required)
            .field("posts_stored", .int64, .required)
            .field("duplicates", .int64, .required)
            .field("flagged", .int64, .required)
            .field("errors", .int64, .required)
            .field("error_samples", .string, .required)
            .field("failure", .string)
            .field("claimed_by", .string)
            .field("lease_expires", .int64)
            .field("created_by", .uuid)
            .field("created_at", .datetime)
            .field("finished_at", .datetime)
            .create()
        try await database.schema(ImportPayload.schema)
            .field("id", .uuid, .identifier(auto: false),
                   .references(ImportJob.schema, .id, onDelete: .cascade))
            .field("data", .data, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImportPayload.schema).delete()
        try await database.schema(ImportJob.schema).delete()
    }
}
