import Fluent
import Vapor

/// The monitoring dashboard of a unit subtree and a period, as a page with SVG charts and as CSV.
enum DashboardController {
    struct Page: Encodable {
        let figures: DashboardFigures
        let units: [AdminUnitController.Option]
        let unit: String
        let from: String
        let to: String
        let minimum: Int
        let flagsChart: String
        let confirmedChart: String
        let trendChart: String
        let queueChart: String
        let csvQuery: String
    }

    /// The query a dashboard is asked with: `unit`, `dari` (from), `sampai` (to, inclusive), `min`.
    struct Query: Content {
        var unit: String?
        var dari: String?
        var sampai: String?
        var min: Int?
    }

    static func show(_ request: Request) async throws -> View {
        let (figures, selection, scope) = try await compute(request)
        let t = UIStrings.table(request.language)
        let page = Page(
            figures: figures, units: AdminUnitController.unitOptions(scope), unit: selection.unit.uuidString,
            from: selection.fromText, to: selection.toText, minimum: figures.repeatThreshold,
            flagsChart: SVGChart.horizontalBars(figures.flagsByRule, title: t["dashboard_flags_by_rule"] ?? ""),
            confirmedChart: SVGChart.horizontalBars(figures.confirmedByRule, title: t["dashboard_confirmed_by_rule"] ?? ""),
            trendChart: SVGChart.columns(figures.trend, title: t["dashboard_trend"] ?? ""),
            queueChart: SVGChart.horizontalBars(figures.queueAge, title: t["dashboard_queue_age"] ?? ""),
            csvQuery: "unit=\(selection.unit.uuidString)&dari=\(selection.fromText)&sampai=\(selection.toText)"
                + "&min=\(figures.repeatThreshold)")
        return try await PageRenderer.render("monitoring-dashboard", titleKey: "dashboard_title", page: page, on: request)
    }

    static func csv(_ request: Request) async throws -> Response {
        let (figures, selection, _) = try await compute(request)
        let response = Response(status: .ok, body: .init(string: figures.csv))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value:
            "attachment; filename=\"bijak-dasbor-\(selection.fromText)-\(selection.toText).csv\"")
        return response
    }

    private struct Selection {
        let unit: UUID
        let from: Date
        let to: Date
        let fromText: String
        let toText: String
    }

    private static func compute(_ request: Request) async throws -> (DashboardFigures, Selection, UnitScope) {
        let (_, scope) = try await MonitoringAccess.require(request)
        let query = try request.query.decode(Query.self)
        var unit = scope.rootID
        if let value = query.unit?.nilIfEmpty {
            unit = try FormField.uuid(value, name: "unit")
            try scope.require(unit)
        }
        let day = 86_400.0
        let today = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / day).rounded(.down) * day)
        let toDay = try query.sampai?.nilIfEmpty.map { try parseDay($0, field: "sampai") } ?? today
        let from = try query.dari?.nilIfEmpty.map { try parseDay($0, field: "dari") } ?? toDay.addingTimeInterval(-89 * day)
        let to = toDay.addingTimeInterval(day)
        guard from < to, to.timeIntervalSince(from) <= 3 * 366 * day else { throw AppError.invalidField("dari") }
        let minimum = query.min ?? 3
        guard (1...1_000).contains(minimum) else { throw AppError.invalidField("min") }
        let units = subtree(of: unit, in: scope)
        let figures = try await DashboardQuery.figures(unitIDs: units, from: from, to: to, repeatThreshold: minimum,
                                                       on: request.db)
        return (figures, Selection(unit: unit, from: from, to: to, fromText: dayText(from), toText: dayText(toDay)),
                scope)
    }

    /// `unit` and the units under it, from the scope's tree order (children follow their parent, deeper).
    private static func subtree(of unit: UUID, in scope: UnitScope) -> [UUID] {
        guard let start = scope.units.firstIndex(where: { $0.unit.id == unit }) else { return [] }
        let depth = scope.units[start].depth
        var ids = [unit]
        for entry in scope.units[(start + 1)...] {
            if entry.depth <= depth { break }
            if let id = entry.unit.id { ids.append(id) }
        }
        return ids
    }

    private static func parseDay(_ text: String, field: String) throws -> Date {
        guard text.count == 10, let date = dayFormatter().date(from: text) else { throw AppError.invalidField(field) }
        return date
    }

    private static func dayText(_ date: Date) -> String { dayFormatter().string(from: date) }

    /// `yyyy-MM-dd` in UTC; a new formatter per use, since formatters are not meant to be shared across threads.
    private static func dayFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }
}
