import Fluent
import Vapor

/// A signed-in session, kept in the database so that every instance sees it, with a hard expiry.
final class SessionEntry: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    /// The random value in the session cookie.
    @Field(key: "key") var key: String
    @Field(key: "data") var data: SessionData
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(key: String, data: SessionData, expiresAt: Date) {
        self.key = key
        self.data = data
        self.expiresAt = expiresAt
    }
}
