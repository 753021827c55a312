import Fluent
import Foundation

/// Computes ``DashboardFigures`` from the monitoring tables.
enum DashboardQuery {
    /// The figures for `unitIDs` between `from` (inclusive) and `to` (exclusive).
    static func figures(unitIDs: [UUID], from: Date, to: Date, repeatThreshold: Int, now: Date = Date(),
                        on database: any Database) async throws -> DashboardFigures {
        let flags = try await PostFlag.query(on: database).filter(\.$unitID ~~ unitIDs)
            .filter(\.$flaggedAt >= from).filter(\.$flaggedAt < to).all()
        let confirmed = try await ReviewItem.query(on: database).filter(\.$unitID ~~ unitIDs)
            .filter(\.$status == .confirmed).filter(\.$decidedAt >= from).filter(\.$decidedAt < to).all()
        let confirmedRules = confirmed.flatMap { ($0.confirmedRules ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
        let open = try await ReviewItem.query(on: database).filter(\.$unitID ~~ unitIDs)
            .filter(\.$status ~~ [.open, .claimed]).all()
        // Cases opened in the period, by the rules they concern; a complaint that names no rule yet counts as "-".
        let cases = try await EthicsCase.query(on: database).filter(\.$unitID ~~ unitIDs)
            .filter(\.$createdAt >= from).filter(\.$createdAt < to).all()
        let caseRules = cases.flatMap { ethicsCase -> [String] in
            let rules = ethicsCase.ruleIDs.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            return rules.isEmpty ? ["-"] : rules
        }
        return DashboardFigures(
            from: from, to: to,
            flagsByRule: tally(flags.map(\.ruleID)),
            confirmedByRule: tally(confirmedRules),
            casesByRule: tally(caseRules),
            trend: trend(flags.map(\.flaggedAt), from: from, to: to),
            repeatOffenders: try await offenders(flags: flags, confirmed: confirmed, threshold: repeatThreshold,
                                                 on: database),
            repeatThreshold: repeatThreshold,
            queueAge: queueAge(open.compactMap(\.createdAt), now: now))
    }

    /// Counts by key, most first, then by key.
    static func tally(_ keys: [String]) -> [DashboardFigures.Count] {
        Dictionary(grouping: keys, by: { $0 }).map { DashboardFigures.Count(key: $0.key, count: $0.value.count) }
            .sorted { ($0.count, $1.key) > ($1.count, $0.key) }
    }

    /// Buckets by ISO week for periods up to 26 weeks, by month beyond.
    static func trend(_ dates: [Date], from: Date, to: Date) -> [DashboardFigures.Count] {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let weekly = to.timeIntervalSince(from) <= 26 * 7 * 86_400
        func label(_ date: Date) -> String {
            if weekly {
                let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
                return String(format: "%04d-W%02d", parts.yearForWeekOfYear ?? 0, parts.weekOfYear ?? 0)
            }
            let parts = calendar.dateComponents([.year, .month], from: date)
            return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
        }
        var buckets: [String] = []
        var cursor = from
        while cursor < to, buckets.count < 400 {
            let key = label(cursor)
            if buckets.last != key { buckets.append(key) }
            cursor = calendar.date(byAdding: .day, value: 1, to: cursor) ?? to
        }
        let counts = Dictionary(grouping: dates.map(label), by: { $0 }).mapValues(\.count)
        return buckets.map { DashboardFigures.Count(key: $0, count: counts[$0] ?? 0) }
    }

    /// Open items by age: under a day, 1–3 days, 3–7 days, 7–30 days, over 30 days.
    static func queueAge(_ created: [Date], now: Date) -> [DashboardFigures.Count] {
        let buckets: [(String, TimeInterval)] = [("<1d", 1), ("1-3d", 3), ("3-7d", 7), ("7-30d", 30), (">30d", .infinity)]
        var counts = Array(repeating: 0, count: buckets.count)
        for date in created {
            let days = now.timeIntervalSince(date) / 86_400
            let index = buckets.firstIndex { days < $0.1 } ?? buckets.count - 1
            counts[index] += 1
        }
        return zip(buckets, counts).map { DashboardFigures.Count(key: $0.0.0, count: $0.1) }
    }

    private static func offenders(flags: [PostFlag], confirmed: [ReviewItem], threshold: Int,
                                  on database: any Database) async throws -> [DashboardFigures.Offender] {
        let flaggedPosts = Set(flags.map { $0.$post.id })
        let confirmedPosts = Set(confirmed.map { $0.$post.id })
        let postIDs = Array(flaggedPosts.union(confirmedPosts))
        var accountOf: [UUID: UUID] = [:]
        for chunk in stride(from: 0, to: postIDs.count, by: 500) {
            let slice = Array(postIDs[chunk..<min(postIDs.count, chunk + 500)])
            for post in try await MonitoredPost.query(on: database).filter(\.$id ~~ slice).all() {
                if let id = post.id { accountOf[id] = post.$account.id }
            }
        }
        let flaggedByAccount = Dictionary(grouping: flaggedPosts.compactMap { accountOf[$0] }, by: { $0 }).mapValues(\.count)
        let confirmedByAccount = Dictionary(grouping: confirmedPosts.compactMap { accountOf[$0] }, by: { $0 }).mapValues(\.count)
        let repeatIDs = Set(flaggedByAccount.filter { $0.value >= threshold }.keys)
            .union(confirmedByAccount.filter { $0.value >= threshold }.keys)
        guard !repeatIDs.isEmpty else { return [] }
        let accounts = try await SocialAccount.query(on: database).filter(\.$id ~~ Array(repeatIDs)).with(\.$owner)
            .with(\.$unit).all()
        return accounts.map { account in
            DashboardFigures.Offender(account: "\(account.platform.rawValue):@\(account.handle)",
                                      owner: account.owner?.name ?? "", unit: account.unit.name,
                                      flagged: flaggedByAccount[account.id!] ?? 0,
                                      confirmed: confirmedByAccount[account.id!] ?? 0)
        }.sorted { ($0.confirmed, $0.flagged, $1.account) > ($1.confirmed, $1.flagged, $0.account) }
    }
}
