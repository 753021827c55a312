import Fluent
import Foundation
import Vapor

/// "Pustaka konten": approved posts that approvers marked for sharing, readable by every signed-in user of the
/// units concerned (their own unit, the units above it and the units below it).
enum HumasLibraryController {
    struct Item: Encodable {
        let unit: String
        let account: String
        let text: String
        let date: String
    }

    struct Page: Encodable { let items: [Item] }

    /// GET /humas/pustaka: the shareable approved posts for the signed-in user.
    static func show(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        let scope = try await UnitScope.of(user, on: request.db)
        var unitIDs = scope.ids
        var names = Dictionary(uniqueKeysWithValues: scope.units.compactMap { entry in entry.unit.id.map { ($0, entry.unit.name) } })
        // The units above the user's own: a Kanwil's positive news is for its UPT staff too.
        var parentID = scope.units.first?.unit.$parent.id
        var depth = 0
        while let id = parentID, depth < 8, let parent = try await Unit.find(id, on: request.db) {
            unitIDs.insert(id)
            names[id] = parent.name
            parentID = parent.$parent.id
            depth += 1
        }
        let drafts = try await HumasDraft.query(on: request.db).filter(\.$unitID ~~ Array(unitIDs))
            .filter(\.$inLibrary == true)
            .filter(\.$status ~~ [.approved, .scheduled, .published])
            .with(\.$account).sort(\.$updatedAt, .descending).limit(200).all()
        let items = drafts.map { draft in
            Item(unit: names[draft.unitID] ?? "", account: draft.$account.value.map { "\($0.platform.rawValue) @\($0.handle)" } ?? "",
                 text: draft.text, date: DateText.format(draft.publishedAt ?? draft.updatedAt))
        }
        return try await PageRenderer.render("humas-library", titleKey: "humas_library", page: Page(items: items),
                                             on: request)
    }
}
