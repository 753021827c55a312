import Fluent
import Foundation

/// A bearer token for an integration. Only its SHA-256 digest is stored: the token itself is shown once.
final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// Hex SHA-256 of the token. Tokens carry 256 random bits, so a fast hash is enough (unlike passwords).
    @Field(key: "token_hash") var tokenHash: String
    /// The unit the integration belongs to; admins of that unit or above manage it.
    @Parent(key: "unit_id") var unit: Unit
    @Field(key: "rate_limit_per_minute") var rateLimitPerMinute: Int
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(name: String, tokenHash: String, unitID: UUID, rateLimitPerMinute: Int) {
        self.name = name
        self.tokenHash = tokenHash
        self.$unit.id = unitID
        self.rateLimitPerMinute = rateLimitPerMinute
    }
}
