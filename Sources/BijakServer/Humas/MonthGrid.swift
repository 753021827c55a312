import Foundation

/// A month as a calendar table: weeks from Monday to Sunday, each day with the entries that fall on it in the
/// unit's zone. Pure, so that tests can check the layout without a server.
struct MonthGrid<Entry: Encodable>: Encodable {
    struct Day: Encodable {
        /// The day of the month, or 0 for the padding before the first and after the last day.
        let day: Int
        let entries: [Entry]
    }

    let year: Int
    let month: Int
    let weeks: [[Day]]

    /// Lays out `year`-`month` in `zone` and puts each entry on its day; entries of other months are left out.
    init(year: Int, month: Int, zone: IndonesianTimeZone, entries: [(date: Date, entry: Entry)]) {
        self.year = year
        self.month = month
        let calendar = LocalTime.calendar(zone)
        guard let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
              let days = calendar.range(of: .day, in: .month, for: first)?.count else {
            weeks = []
            return
        }
        var byDay = [Int: [Entry]]()
        for item in entries {
            let parts = calendar.dateComponents([.year, .month, .day], from: item.date)
            if parts.year == year, parts.month == month, let day = parts.day { byDay[day, default: []].append(item.entry) }
        }
        // Weekday 1 is Sunday in Foundation; Monday-first padding is (weekday + 5) % 7.
        let leading = (calendar.component(.weekday, from: first) + 5) % 7
        var cells = [Day](repeating: Day(day: 0, entries: []), count: leading)
        cells += (1...days).map { Day(day: $0, entries: byDay[$0] ?? []) }
        while cells.count % 7 != 0 { cells.append(Day(day: 0, entries: [])) }
        weeks = stride(from: 0, to: cells.count, by: 7).map { Array(cells[$0..<$0 + 7]) }
    }

    /// Reads `yyyy-MM`; anything else is `nil`.
    static func parseMonth(_ text: String) -> (year: Int, month: Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
              let month = Int(parts[1]), (2000...2100).contains(year), (1...12).contains(month) else { return nil }
        return (year, month)
    }

    /// The month before or after, as `yyyy-MM`.
    static func shift(year: Int, month: Int, by delta: Int) -> String {
        let index = year * 12 + (month - 1) + delta
        return String(format: "%04d-%02d", index / 12, index % 12 + 1)
    }
}
