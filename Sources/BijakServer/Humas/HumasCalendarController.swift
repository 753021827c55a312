import Fluent
import Foundation
import Vapor

/// "Kalender": a unit's planned and published posts in a month grid (server-rendered table, no script).
enum HumasCalendarController {
    struct Entry: Encodable {
        let id: String
        let time: String
        let status: String
        let statusLabel: String
        let excerpt: String
    }

    struct Page: Encodable {
        let unitID: String
        let units: [HumasQueries.Option]
        let monthLabel: String
        let month: String
        let previous: String
        let next: String
        let dayNames: [String]
        let grid: MonthGrid<Entry>
    }

    struct Query: Content {
        var unit: String?
        var bulan: String?
    }

    /// GET /humas/kalender: one unit of the scope (default: the user's own), one month (default: this one).
    static func show(_ request: Request) async throws -> View {
        let user = try request.requireRole(HumasAccess.readers)
        let scope = try await UnitScope.of(user, on: request.db)
        let query = (try? request.query.decode(Query.self)) ?? Query()
        let unitID = try query.unit.map { try FormField.uuid($0, name: "unit") } ?? scope.rootID
        guard let unit = scope.unit(unitID) else { throw AppError.forbidden }
        let zone = unit.timeZone
        let now = LocalTime.calendar(zone).dateComponents([.year, .month], from: Date())
        var year = now.year ?? 2026
        var month = now.month ?? 1
        if let text = query.bulan, !text.isEmpty {
            guard let parsed = MonthGrid<Entry>.parseMonth(text) else { throw AppError.invalidField("bulan") }
            (year, month) = parsed
        }
        let calendar = LocalTime.calendar(zone)
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
              let end = calendar.date(byAdding: .month, value: 1, to: start) else { throw AppError.invalidField("bulan") }
        let strings = UIStrings.table(request.language)
        // Planned or published in the month; a rejected draft is not on the calendar.
        let drafts = try await HumasDraft.query(on: request.db).filter(\.$unitID == unitID)
            .filter(\.$status != .rejected)
            .group(.or) { group in
                group.group(.and) { $0.filter(\.$plannedAt >= start).filter(\.$plannedAt < end) }
                group.group(.and) { $0.filter(\.$publishedAt >= start).filter(\.$publishedAt < end) }
            }
            .limit(2_000).all()
        let entries: [(date: Date, entry: Entry)] = drafts.compactMap { draft in
            guard let date = draft.status == .published ? (draft.publishedAt ?? draft.plannedAt) : draft.plannedAt else {
                return nil
            }
            return (date, Entry(id: draft.id?.uuidString ?? "", time: LocalTime.formatter("HH:mm", zone: zone).string(from: date),
                                status: draft.status.rawValue,
                                statusLabel: strings["status_\(draft.status.rawValue)"] ?? draft.status.rawValue,
                                excerpt: String(draft.text.prefix(40))))
        }.sorted { $0.date < $1.date }
        let page = Page(
            unitID: unitID.uuidString,
            units: scope.units.map { HumasQueries.Option(value: $0.unit.id?.uuidString ?? "", label: $0.unit.name) },
            monthLabel: String(format: "%04d-%02d", year, month) + " · " + unit.name,
            month: String(format: "%04d-%02d", year, month),
            previous: MonthGrid<Entry>.shift(year: year, month: month, by: -1),
            next: MonthGrid<Entry>.shift(year: year, month: month, by: 1),
            dayNames: (strings["calendar_days"] ?? "").split(separator: ",").map(String.init),
            grid: MonthGrid(year: year, month: month, zone: zone, entries: entries))
        return try await PageRenderer.render("humas-calendar", titleKey: "humas_calendar", page: page, on: request)
    }
}
