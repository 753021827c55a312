import Fluent
import Vapor

/// Units of the admin's scope: list, add under a unit in scope, delete an empty one.
enum AdminUnitController {
    struct Row: Encodable {
        let id: String
        let name: String
        let indent: String
        let kind: String
        let timeZone: String
        let deletable: Bool
    }

    struct Option: Encodable {
        let value: String
        let label: String
    }

    struct Page: Encodable {
        let rows: [Row]
        let parents: [Option]
        let kinds: [Option]
        let zones: [String]
    }

    struct UnitForm: Content {
        var name: String?
        var kind: String?
        var zone: String?
        var parent: String?
    }

    static func list(_ request: Request) async throws -> View {
        let admin = try request.requireRole([.admin])
        let scope = try await UnitScope.of(admin, on: request.db)
        let strings = UIStrings.table(request.language)
        let rows = scope.units.map { entry in
            Row(id: entry.unit.id?.uuidString ?? "", name: entry.unit.name,
                indent: String(repeating: "— ", count: entry.depth),
                kind: strings["kind_\(entry.unit.kind.rawValue)"] ?? entry.unit.kind.rawValue,
                timeZone: entry.unit.timeZone.rawValue, deletable: entry.unit.id != scope.rootID)
        }
        let page = Page(rows: rows, parents: unitOptions(scope), kinds: UnitKind.allCases.filter { $0 != .ditjen }.map {
            Option(value: $0.rawValue, label: strings["kind_\($0.rawValue)"] ?? $0.rawValue)
        }, zones: IndonesianTimeZone.allCases.map(\.rawValue))
        return try await PageRenderer.render("admin-units", titleKey: "units_title", page: page, on: request)
    }

    static func create(_ request: Request) async throws -> Response {
        let admin = try request.requireRole([.admin])
        let form = try request.content.decode(UnitForm.self)
        let scope = try await UnitScope.of(admin, on: request.db)
        let parentID = try FormField.uuid(form.parent, name: "parent")
        try scope.require(parentID)
        guard let parent = scope.unit(parentID) else { throw AppError.forbidden }
        guard let name = FormField.text(form.name, maxLength: 200) else { throw AppError.invalidField("name") }
        guard let kind = form.kind.flatMap(UnitKind.init(rawValue:)), parent.kind.allowedChildren.contains(kind) else {
            throw AppError.invalidField("kind")
        }
        guard let zone = form.zone.flatMap(IndonesianTimeZone.init(rawValue:)) else { throw AppError.invalidField("zone") }
        let unit = Unit(name: name, kind: kind, timeZone: zone, parentID: parentID)
        try await request.db.transaction { transaction in
            try await unit.create(on: transaction)
            try await AuditLog.record("unit.create", subjectType: "unit", subjectID: unit.id?.uuidString ?? "",
                                      actor: admin, unitID: unit.id,
                                      details: ["name": name, "kind": kind.rawValue, "parent": parentID.uuidString],
                                      on: transaction)
        }
        return request.redirect(to: "/admin/unit", redirectType: .normal)
    }

    static func delete(_ request: Request) async throws -> Response {
        let admin = try request.requireRole([.admin])
        let scope = try await UnitScope.of(admin, on: request.db)
        let id = request.parameters.get("id", as: UUID.self)
        try scope.require(id)
        // An admin cannot delete the unit their own scope hangs from.
        guard let id, id != scope.rootID, let unit = scope.unit(id) else { throw AppError.forbidden }
        let children = try await Unit.query(on: request.db).filter(\.$parent.$id == id).count()
        let members = try await User.query(on: request.db).filter(\.$unit.$id == id).count()
        let tokens = try await APIToken.query(on: request.db).filter(\.$unit.$id == id).count()
        guard children + members + tokens == 0 else { throw AppError.invalidField("unit") }
        try await request.db.transaction { transaction in
            try await unit.delete(on: transaction)
            // Filed under the parent, which stays in the admin's scope after the unit is gone.
            try await AuditLog.record("unit.delete", subjectType: "unit", subjectID: id.uuidString, actor: admin,
                                      unitID: unit.$parent.id, details: ["name": unit.name], on: transaction)
        }
        return request.redirect(to: "/admin/unit", redirectType: .normal)
    }

    /// The units of a scope as choices, indented by depth.
    static func unitOptions(_ scope: UnitScope) -> [Option] {
        scope.units.map { Option(value: $0.unit.id?.uuidString ?? "",
                                 label: String(repeating: "— ", count: $0.depth) + $0.unit.name) }
    }
}
