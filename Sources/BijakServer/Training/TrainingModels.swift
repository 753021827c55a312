import BijakCore
import Fluent
import Foundation

/// A scenario of the question bank: a post (text, action, what it answers, live or in uniform) and the answer key.
final class TrainingQuestion: Model, @unchecked Sendable {
    static let schema = "training_questions"

    @ID(key: .id) var id: UUID?
    /// `seed-NN` for the bundled questions, `custom-…` for those admins add.
    @Field(key: "key") var key: String
    @Field(key: "text") var text: String
    @Field(key: "action") var action: String
    @OptionalField(key: "target") var target: String?
    @Field(key: "live") var live: Bool
    @Field(key: "uniform") var uniform: Bool
    @Field(key: "violation") var violation: Bool
    /// Accepted rule ids, comma-separated, the main rule first.
    @Field(key: "rules") var rules: String
    /// Retired questions stay for the record of past quizzes but are no longer drawn.
    @Field(key: "active") var active: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var ruleList: [String] { rules.split(separator: ",").map { String($0) }.filter { !$0.isEmpty } }

    var answerKey: QuizScoring.Key { QuizScoring.Key(violation: violation, rules: ruleList) }

    /// The scenario as the engine reads it.
    var post: Post {
        let postAction = PostAction(rawValue: action) ?? .post
        return Post(text: text, action: postAction, target: target.map { Post(text: $0) },
                    context: PostContext(live: live, uniform: uniform))
    }
}

/// One quiz a user took: the questions drawn, the answers, the score and, when passed, a certificate code.
final class TrainingAttempt: Model, @unchecked Sendable {
    static let schema = "training_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "unit_id") var unitID: UUID
    /// The drawn question ids as a JSON array, in the order shown.
    @Field(key: "question_ids") var questionIDs: String
    @OptionalField(key: "answers_json") var answersJSON: String?
    @OptionalField(key: "correct") var correct: Int?
    @Field(key: "total") var total: Int
    @OptionalField(key: "percent") var percent: Int?
    @Field(key: "passed") var passed: Bool
    /// A random code printed on the certificate, so that a printed certificate can be checked against Bijak.
    @OptionalField(key: "certificate_code") var certificateCode: String?
    @Field(key: "started_at") var startedAt: Date
    @OptionalField(key: "finished_at") var finishedAt: Date?

    init() {}

    var questionUUIDs: [UUID] {
        ((try? JSONDecoder().decode([String].self, from: Data(questionIDs.utf8))) ?? []).compactMap(UUID.init(uuidString:))
    }
}
