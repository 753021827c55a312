import Fluent
import Vapor

/// A person who signs in: identified by NIP, belonging to one unit, with one role.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// The NIP (18 digits), or the first administrator's login.
    @Field(key: "nip") var nip: String
    @Field(key: "password_hash") var passwordHash: String
    @Enum(key: "role") var role: Role
    @Parent(key: "unit_id") var unit: Unit
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, nip: String, passwordHash: String, role: Role, unitID: UUID) {
        self.id = id
        self.name = name
        self.nip = nip
        self.passwordHash = passwordHash
        self.role = role
        self.$unit.id = unitID
    }
}

extension User: ModelSessionAuthenticatable {}
