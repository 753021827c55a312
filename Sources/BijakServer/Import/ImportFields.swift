import BijakCore
import Foundation

/// Turns the fields of our own format (JSONL object or CSV row) into a record, refusing wrong types with a message
/// naming the field.
enum ImportFields {
    /// The fields of the documented format.
    static let names = ["id", "text", "posted_at", "url", "action"]

    /// A record from `fields` (values of any JSON type), or the reason it cannot be one.
    static func record(from fields: [String: Any], position: Int) -> ImportItem {
        func issue(_ message: String) -> ImportItem { .issue(ImportIssue(position: position, message: message)) }
        guard let rawText = fields["text"] else { return issue("kolom text tidak ada / field text is missing") }
        guard let textValue = rawText as? String else { return issue("text harus teks / text must be a string") }
        let text = ImportText.clean(textValue)
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return issue("text kosong / text is empty")
        }
        if let problem = ImportText.problem(withText: text) { return issue(problem) }
        var id: String?
        switch fields["id"] {
        case nil, is NSNull: id = nil
        case let value as String: id = ImportText.field(value)
        case let value as Int: id = String(value)
        case let value as Int64: id = String(value)
        case let value as UInt64: id = String(value)
        default: return issue("id harus teks atau bilangan bulat / id must be a string or an integer")
        }
        var postedAt: Date?
        switch fields["posted_at"] {
        case nil, is NSNull: postedAt = nil
        case let value as String where value.trimmingCharacters(in: .whitespaces).isEmpty: postedAt = nil
        case let value as String:
            guard let date = ImportTime.parse(value) else {
                return issue("posted_at tidak dikenali (ISO 8601 atau detik Unix) / posted_at not recognised "
                             + "(ISO 8601 or Unix seconds)")
            }
            postedAt = date
        case let value as Int:
            guard let date = ImportTime.fromUnix(Double(value)) else { return issue("posted_at tidak sah / invalid posted_at") }
            postedAt = date
        case let value as Double:
            guard let date = ImportTime.fromUnix(value) else { return issue("posted_at tidak sah / invalid posted_at") }
            postedAt = date
        default: return issue("posted_at harus teks atau bilangan / posted_at must be a string or a number")
        }
        var url: String?
        switch fields["url"] {
        case nil, is NSNull: url = nil
        case let value as String: url = ImportText.field(value)
        default: return issue("url harus teks / url must be a string")
        }
        var action = PostAction.post
        switch fields["action"] {
        case nil, is NSNull: break
        case let value as String where value.trimmingCharacters(in: .whitespaces).isEmpty: break
        case let value as String:
            guard let parsed = PostAction(rawValue: value.trimmingCharacters(in: .whitespaces).lowercased()) else {
                let valid = PostAction.allCases.map(\.rawValue).joined(separator: ", ")
                return issue("action tidak dikenal (\(valid)) / unknown action (\(valid))")
            }
            action = parsed
        default: return issue("action harus teks / action must be a string")
        }
        return .record(ImportRecord(postID: id, text: text, postedAt: postedAt, url: url, action: action))
    }
}
