import BijakCore
import Foundation

/// The platforms' own exports (X `tweets.js`, Facebook and Instagram JSON): whole JSON documents, read at once
/// (up to ``maxDocumentBytes``), then handed out record by record.
struct PlatformExportParser: ImportParser {
    /// Which export.
    enum Kind: Sendable { case x, facebook, instagram }

    /// Exports larger than this are refused (split the archive, or convert it to JSONL).
    static let maxDocumentBytes = 512 << 20

    private var items: [ImportItem]?
    private var source: any ImportByteSource
    private let kind: Kind
    private var offset = 0
    private(set) var bytesRead = 0

    init(source: any ImportByteSource, kind: Kind) {
        self.source = source
        self.kind = kind
    }

    mutating func next(_ count: Int) throws -> [ImportItem]? {
        if items == nil { items = try load() }
        guard let items, offset < items.count else { return nil }
        let end = min(items.count, offset + count)
        defer { offset = end }
        return Array(items[offset..<end])
    }

    private mutating func load() throws -> [ImportItem] {
        var data = Data()
        while let block = try source.read(upTo: 1 << 20) {
            data.append(block)
            bytesRead = data.count
            if data.count > Self.maxDocumentBytes {
                return [.issue(ImportIssue(position: 0, message:
                    "ekspor lebih dari \(Self.maxDocumentBytes >> 20) MB / export larger than \(Self.maxDocumentBytes >> 20) MB"))]
            }
        }
        // Invalid UTF-8 is replaced rather than refusing the whole archive.
        var text = ImportText.decode(data)
        if kind == .x, let equals = text.firstIndex(of: "="), text.hasPrefix("window.") {
            text = String(text[text.index(after: equals)...])
        }
        guard let document = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return [.issue(ImportIssue(position: 0, message: "ekspor bukan JSON yang sah / the export is not valid JSON"))]
        }
        let entries = ExportShapes.entries(in: document, preferring: kind.entryKeys)
        guard !entries.isEmpty else {
            return [.issue(ImportIssue(position: 0, message: "tidak ada unggahan dalam ekspor / no posts in the export"))]
        }
        return entries.enumerated().map { index, entry in
            let position = index + 1
            guard let object = entry as? [String: Any] else {
                return .issue(ImportIssue(position: position, message: "unsur bukan objek / element is not an object"))
            }
            switch kind {
            case .x: return XArchive.record(from: object, position: position)
            case .facebook: return FacebookExport.record(from: object, position: position)
            case .instagram: return InstagramExport.record(from: object, position: position)
            }
        }
    }
}

extension PlatformExportParser.Kind {
    /// Keys under which exports keep their list of posts, when the top level is an object.
    var entryKeys: [String] {
        switch self {
        case .x: return ["tweets"]
        case .facebook: return ["status_updates_v2", "status_updates", "posts", "your_posts", "timeline"]
        case .instagram: return ["ig_posts", "posts", "media", "photos", "videos", "reels", "content"]
        }
    }
}

/// Finding the list of posts in the shapes real exports take.
enum ExportShapes {
    /// The top-level array, or the array under one of `keys`, or the first array of objects in the object.
    static func entries(in document: Any, preferring keys: [String]) -> [Any] {
        if let array = document as? [Any] { return array }
        guard let object = document as? [String: Any] else { return [] }
        for key in keys { if let array = object[key] as? [Any] { return array } }
        for key in object.keys.sorted() {
            if let array = object[key] as? [Any], array.first is [String: Any] { return array }
        }
        return []
    }

    /// Facebook and Instagram write UTF-8 as Latin-1 escapes ("\u00f0\u009f\u0098\u0080" for one emoji); this
    /// undoes it when the text is entirely such bytes and they form valid UTF-8.
    static func repairMojibake(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }),
              text.unicodeScalars.allSatisfy({ $0.value <= 0xFF }) else { return text }
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        return String(validating: bytes, as: UTF8.self) ?? text
    }

    /// A cleaned text, or `nil` when it is empty.
    static func text(_ value: Any?) -> String? {
        guard let raw = value as? String else { return nil }
        let text = ImportText.clean(repairMojibake(raw))
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
    }

    /// A Unix timestamp given as a number or a numeric string.
    static func time(_ value: Any?) -> Date? {
        if let number = value as? Double { return ImportTime.fromUnix(number) }
        if let number = value as? Int { return ImportTime.fromUnix(Double(number)) }
        if let string = value as? String { return ImportTime.parse(string) }
        return nil
    }

    static func issue(_ position: Int, _ message: String) -> ImportItem {
        .issue(ImportIssue(position: position, message: message))
    }

    static func checked(_ record: ImportRecord, position: Int) -> ImportItem {
        if let problem = ImportText.problem(withText: record.text) { return issue(position, problem) }
        return .record(record)
    }
}

/// An X (Twitter) archive's `data/tweets.js`: `window.YTD.tweets.part0 = [{"tweet": {...}}, ...]`.
enum XArchive {
    static func record(from entry: [String: Any], position: Int) -> ImportItem {
        let tweet = entry["tweet"] as? [String: Any] ?? entry
        // The archive HTML-escapes exactly these three characters.
        guard let text = ExportShapes.text(tweet["full_text"] ?? tweet["text"]).map(unescape) else {
            return ExportShapes.issue(position, "tweet tanpa full_text / tweet without full_text")
        }
        let id = ImportText.field(tweet["id_str"] as? String) ?? (tweet["id"] as? String)
            ?? (tweet["id"] as? Int64).map(String.init)
        guard let id else { return ExportShapes.issue(position, "tweet tanpa id_str / tweet without id_str") }
        var action = PostAction.post
        if text.hasPrefix("RT @") {
            action = .share
        } else if tweet["in_reply_to_status_id_str"] is String {
            action = .comment
        }
        let postedAt = (tweet["created_at"] as? String).flatMap(ImportTime.parse)
        return ExportShapes.checked(ImportRecord(postID: id, text: text, postedAt: postedAt,
                                                 url: "https://x.com/i/web/status/\(id)", action: action),
                                    position: position)
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// A Facebook "your posts" JSON export: `[{"timestamp": 1539202764, "data": [{"post": "..."}], "title": ...}]`.
enum FacebookExport {
    static func record(from entry: [String: Any], position: Int) -> ImportItem {
        let data = entry["data"] as? [[String: Any]] ?? []
        let parts = data.compactMap { ExportShapes.text($0["post"]) }
        guard !parts.isEmpty else {
            return ExportShapes.issue(position, "unggahan tanpa teks (data[].post) / post without text (data[].post)")
        }
        let title = (ExportShapes.text(entry["title"]) ?? "").lowercased()
        let action: PostAction = title.contains("shared") || title.contains("membagikan") ? .share : .post
        let url = firstAttachmentURL(entry["attachments"])
        let postedAt = ExportShapes.time(entry["timestamp"])
        let id = ImportText.field(entry["id"] as? String) ?? ImportText.field(entry["post_id"] as? String)
        return ExportShapes.checked(ImportRecord(postID: id, text: parts.joined(separator: "\n"), postedAt: postedAt,
                                                 url: url, action: action), position: position)
    }

    private static func firstAttachmentURL(_ value: Any?) -> String? {
        for attachment in value as? [[String: Any]] ?? [] {
            for item in attachment["data"] as? [[String: Any]] ?? [] {
                if let link = (item["external_context"] as? [String: Any])?["url"] as? String {
                    return ImportText.field(link)
                }
            }
        }
        return nil
    }
}

/// An Instagram JSON export: posts as `{"media": [{"uri", "creation_timestamp", "title"}], "title", ...}`, or
/// bare media items with `title` or `caption`.
enum InstagramExport {
    static func record(from entry: [String: Any], position: Int) -> ImportItem {
        let media = entry["media"] as? [[String: Any]] ?? []
        let text = ExportShapes.text(entry["title"]) ?? ExportShapes.text(entry["caption"])
            ?? media.lazy.compactMap { ExportShapes.text($0["title"]) ?? ExportShapes.text($0["caption"]) }.first
        guard let text else {
            return ExportShapes.issue(position, "unggahan tanpa keterangan (title) / post without a caption (title)")
        }
        let postedAt = ExportShapes.time(entry["creation_timestamp"] ?? entry["taken_at"])
            ?? media.lazy.compactMap { ExportShapes.time($0["creation_timestamp"]) }.first
        // Exports carry no post id; the media file's path is stable across exports of the same account.
        let uri = ImportText.field(entry["uri"] as? String) ?? media.lazy.compactMap { ImportText.field($0["uri"] as? String) }.first
        let id = ImportText.field(entry["id"] as? String) ?? uri.map { "uri:" + $0 }
        let url = ImportText.field(entry["permalink"] as? String)
        return ExportShapes.checked(ImportRecord(postID: id, text: text, postedAt: postedAt, url: url, action: .post),
                                    position: position)
    }
}
