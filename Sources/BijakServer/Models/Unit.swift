import Fluent
import Foundation

/// An organisational unit: the Ditjen, a Kanwil, or a UPT under a Kanwil.
final class Unit: Model, @unchecked Sendable {
    static let schema = "units"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Enum(key: "kind") var kind: UnitKind
    @Enum(key: "time_zone") var timeZone: IndonesianTimeZone
    @OptionalParent(key: "parent_id") var parent: Unit?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, kind: UnitKind, timeZone: IndonesianTimeZone, parentID: UUID?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.timeZone = timeZone
        self.$parent.id = parentID
    }
}
