import Fluent
import Foundation

/// A check a signed-in user chose to keep in their own history; nothing else of a draft is ever stored.
final class SavedCheck: Model, @unchecked Sendable {
    static let schema = "saved_checks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    /// The post as checked (`Post` as JSON), so that the check can be shown again.
    @Field(key: "post_json") var postJSON: String
    /// The verdict as JSON, in the shape of `bijak check --json`.
    @Field(key: "verdict_json") var verdictJSON: String
    @Field(key: "decision") var decision: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: UUID, postJSON: String, verdictJSON: String, decision: String) {
        self.$user.id = userID
        self.postJSON = postJSON
        self.verdictJSON = verdictJSON
        self.decision = decision
    }
}
