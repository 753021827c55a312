import Fluent
import Foundation

/// Decided review items as labelled examples for retraining the models: one record per confirmed or dismissed
/// item, with personal identifiers masked (``PersonalDataMask``) and no account handle or owner.
///
/// Format (JSON Lines, one object per line; CSV has the same columns in this order, lists joined with `;`):
/// `id`, `decided_at` (ISO 8601 UTC), `platform`, `action`, `text`, `engine_decision` (allow/review/block),
/// `engine_rules` (rules the engine flagged), `queue_reason` (flagged/quality_sample), `human_decision`
/// (confirmed/dismissed), `confirmed_rules`, `note` (the reviewer's reason).
enum FeedbackExport {
    struct Record: Codable, Equatable {
        let id: String
        let decided_at: String
        let platform: String
        let action: String
        let text: String
        let engine_decision: String
        let engine_rules: [String]
        let queue_reason: String
        let human_decision: String
        let confirmed_rules: [String]
        let note: String
    }

    enum Format: String, CaseIterable, Sendable {
        case jsonl
        case csv
    }

    static let csvHeader = "id,decided_at,platform,action,text,engine_decision,engine_rules,queue_reason,human_decision,confirmed_rules,note"

    /// Calls `emit` with each record decided since `since`, in the units `unitIDs` (every unit when nil), oldest
    /// first, reading `pageSize` items at a time so that memory stays flat however long the history.
    static func records(since: Date?, unitIDs: Set<UUID>?, on database: any Database, pageSize: Int = 500,
                        emit: (Record) async throws -> Void) async throws {
        var offset = 0
        while true {
            let query = ReviewItem.query(on: database).filter(\.$status ~~ [.confirmed, .dismissed])
            if let since { query.filter(\.$decidedAt >= since) }
            if let unitIDs { query.filter(\.$unitID ~~ Array(unitIDs)) }
            let items = try await query.sort(\.$decidedAt).sort(\.$id).with(\.$post) { $0.with(\.$account) }
                .range(offset..<(offset + pageSize)).all()
            let postIDs = items.map { $0.$post.id }
            let flags = try await PostFlag.query(on: database).filter(\.$post.$id ~~ postIDs).all()
            let rulesByPost = Dictionary(grouping: flags, by: { $0.$post.id })
            for item in items {
                try await emit(record(item, engineRules: (rulesByPost[item.$post.id] ?? []).map(\.ruleID).sorted()))
            }
            if items.count < pageSize { return }
            offset += pageSize
        }
    }

    static func record(_ item: ReviewItem, engineRules: [String]) -> Record {
        let formatter = ISO8601DateFormatter()
        return Record(
            id: item.id?.uuidString ?? "", decided_at: item.decidedAt.map(formatter.string(from:)) ?? "",
            platform: item.post.account.platform.rawValue, action: item.post.action,
            text: PersonalDataMask.mask(item.post.text), engine_decision: item.post.decision,
            engine_rules: engineRules, queue_reason: item.reason.rawValue, human_decision: item.status.rawValue,
            confirmed_rules: (item.confirmedRules ?? "").split(separator: ",").map(String.init),
            note: PersonalDataMask.mask(item.decisionNote ?? ""))
    }

    /// One line (with its newline) in `format`.
    static func line(_ record: Record, format: Format) throws -> String {
        switch format {
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
        case .csv:
            let fields = [record.id, record.decided_at, record.platform, record.action, record.text,
                          record.engine_decision, record.engine_rules.joined(separator: ";"), record.queue_reason,
                          record.human_decision, record.confirmed_rules.joined(separator: ";"), record.note]
            return fields.map(csvField).joined(separator: ",") + "\n"
        }
    }

    /// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so that spreadsheets do not run it as
    /// a formula.
    static func csvField(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
