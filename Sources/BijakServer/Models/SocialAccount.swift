import Fluent
import Foundation

/// A social-media account Bijak knows about: a staff member's personal account that compliance monitors, or a
/// unit's institutional account that its Humas team runs.
final class SocialAccount: Model, @unchecked Sendable {
    static let schema = "social_accounts"

    @ID(key: .id) var id: UUID?
    @Enum(key: "platform") var platform: SocialPlatform
    /// The handle as the platform shows it, stored without a leading `@` and lowercased (see ``normalizedHandle(_:)``).
    @Field(key: "handle") var handle: String
    @Enum(key: "kind") var kind: AccountKind
    /// The unit the account belongs to (for a personal account: its owner's unit when it was registered).
    @Parent(key: "unit_id") var unit: Unit
    /// The staff member who owns a personal account; institutional accounts have none.
    @OptionalParent(key: "owner_id") var owner: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, platform: SocialPlatform, handle: String, kind: AccountKind, unitID: UUID,
         ownerID: UUID? = nil) {
        self.id = id
        self.platform = platform
        self.handle = SocialAccount.normalizedHandle(handle)
        self.kind = kind
        self.$unit.id = unitID
        self.$owner.id = ownerID
    }

    /// Handles compare without case and without the `@` people type in front of them.
    static func normalizedHandle(_ handle: String) -> String {
        var trimmed = handle.trimmingCharacters(in: .whitespacesAndNewlines)
        while trimmed.hasPrefix("@") { trimmed.removeFirst() }
        return trimmed.lowercased()
    }
}

/// The platforms accounts live on.
enum SocialPlatform: String, Codable, CaseIterable, Sendable {
    case x
    case facebook
    case instagram
    case tiktok
    case youtube
    case other
}

/// Whether an account speaks for a person or for a unit.
enum AccountKind: String, Codable, CaseIterable, Sendable {
    /// A staff member's own account (monitored by compliance when public).
    case personal
    /// A unit's official account, run by its Humas team.
    case institutional
}
