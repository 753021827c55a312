/// Close rule ids for a mistyped one ("djpas2", "DJPAS-20" -> "DJPAS-2").
enum RuleSuggestions {
    static func closeIDs(to query: String, among ids: [String]) -> [String] {
        let wanted = normalized(query)
        let scored = ids.map { ($0, distance(wanted, normalized($0))) }
        let close = scored.filter { $0.1 <= 2 }.sorted { $0.1 < $1.1 }.map(\.0)
        if !close.isEmpty { return close }
        // Same family ("BKN-9" -> every BKN rule), else every id so the user sees what exists.
        let family = wanted.prefix { $0.isLetter }
        let sameFamily = family.isEmpty ? [] : ids.filter { normalized($0).hasPrefix(family) }
        return sameFamily.isEmpty ? ids : sameFamily
    }

    private static func normalized(_ id: String) -> String {
        String(id.uppercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Levenshtein distance.
    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where j <= b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
