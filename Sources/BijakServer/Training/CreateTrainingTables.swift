import Fluent

/// The question bank (seeded from the bundled questions) and the quiz attempts.
struct CreateTrainingTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TrainingQuestion.schema)
            .id()
            .field("key", .string, .required)
            .field("text", .string, .required)
            .field("action", .string, .required)
            .field("target", .string)
            .field("live", .bool, .required)
            .field("uniform", .bool, .required)
            .field("violation", .bool, .required)
            .field("rules", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "key")
            .create()
        try await database.schema(TrainingAttempt.schema)
            .id()
            .field("user_id", .uuid, .required)
            .field("unit_id", .uuid, .required)
            .field("question_ids", .string, .required)
            .field("answers_json", .string)
            .field("correct", .int)
            .field("total", .int, .required)
            .field("percent", .int)
            .field("passed", .bool, .required)
            .field("certificate_code", .string)
            .field("started_at", .datetime, .required)
            .field("finished_at", .datetime)
            .unique(on: "certificate_code")
            .create()
        for seed in try QuestionBank.bundled() {
            try await QuestionBank.question(from: seed).create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TrainingAttempt.schema).delete()
        try await database.schema(TrainingQuestion.schema).delete()
    }
}
