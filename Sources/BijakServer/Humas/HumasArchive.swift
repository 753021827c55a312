import Fluent
import Foundation

/// The archive of everything published from institutional accounts: search, export, retention.
enum HumasArchive {
    /// What to look for; every part is optional.
    struct Search: Sendable {
        var text: String?
        var accountID: UUID?
        var from: Date?
        /// Exclusive upper bound.
        var until: Date?
    }

    /// Published drafts of the scope matching `search`, newest first (at most `limit`).
    static func find(_ search: Search, scope: UnitScope, limit: Int = 5_000,
                     on database: any Database) async throws -> [HumasDraft] {
        var query = HumasDraft.query(on: database).filter(\.$unitID ~~ Array(scope.ids))
            .filter(\.$status == .published).with(\.$account)
        if let accountID = search.accountID { query = query.filter(\.$account.$id == accountID) }
        if let from = search.from { query = query.filter(\.$publishedAt >= from) }
        if let until = search.until { query = query.filter(\.$publishedAt < until) }
        let drafts = try await query.sort(\.$publishedAt, .descending).limit(limit).all()
        // Text is matched here rather than with LIKE, so that case and accents are ignored alike on both databases.
        guard let text = search.text, !text.isEmpty else { return drafts }
        return drafts.filter { $0.text.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }

    /// One exported row.
    struct Row: Encodable {
        let publishedAt: String
        let account: String
        let unit: String
        let author: String
        let decision: String
        let url: String
        let text: String

        private enum CodingKeys: String, CodingKey {
            case publishedAt = "published_at", account, unit, author, decision, url, text
        }
    }

    /// The drafts as exported rows (times in ISO 8601 UTC).
    static func rows(_ drafts: [HumasDraft], scope: UnitScope) -> [Row] {
        drafts.map { draft in
            Row(publishedAt: draft.publishedAt.map { ISO8601DateFormatter().string(from: $0) } ?? "",
                account: draft.$account.value.map { "\($0.platform.rawValue) @\($0.handle)" } ?? "",
                unit: scope.unit(draft.unitID)?.name ?? "", author: draft.authorName, decision: draft.decision,
                url: draft.publishedURL ?? "", text: draft.text)
        }
    }

    /// RFC 4180 CSV with a header row. A cell that a spreadsheet would run as a formula gets a leading `'`.
    static func csv(_ rows: [Row]) -> String {
        var lines = ["published_at,account,unit,author,decision,url,text"]
        for row in rows {
            lines.append([row.publishedAt, row.account, row.unit, row.author, row.decision, row.url, row.text]
                .map(cell).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV cell: quoted, quotes doubled, a formula-like start defused.
    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Deletes published posts older than `days` days (with their versions and history) and records how many.
    @discardableResult
    static func purge(olderThanDays days: Int, now: Date = Date(), on database: any Database) async throws -> Int {
        let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
        return try await database.transaction { transaction in
            let expired = try await HumasDraft.query(on: transaction).filter(\.$status == .published)
                .filter(\.$publishedAt < cutoff).all()
            let ids = expired.compactMap(\.id)
            guard !ids.isEmpty else { return 0 }
            try await HumasDraftEvent.query(on: transaction).filter(\.$draft.$id ~~ ids).delete()
            try await HumasDraftVersion.query(on: transaction).filter(\.$draft.$id ~~ ids).delete()
            try await HumasDraft.query(on: transaction).filter(\.$id ~~ ids).delete()
            try await AuditLog.record("humas.purge", subjectType: "humas_archive", subjectID: "retention",
                                      actor: nil, unitID: nil,
                                      details: ["deleted": String(ids.count), "retention_days": String(days)],
                                      on: transaction)
            return ids.count
        }
    }
}
