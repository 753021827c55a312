import Foundation

/// Reads an export record by record; a bad record comes out as an ``ImportItem/issue(_:)``, never as a thrown
/// error. Only reading the file itself can throw.
public protocol ImportParser {
    /// Up to `count` items, or `nil` at the end.
    mutating func next(_ count: Int) throws -> [ImportItem]?
    /// Bytes of the export read so far (for a progress bar).
    var bytesRead: Int { get }
}

/// Our own JSONL format: one JSON object per line with `id`, `text`, `posted_at`, `url`, `action`.
struct JSONLImportParser: ImportParser {
    private var splitter: RecordSplitter
    var bytesRead: Int { splitter.bytesRead }

    init(source: any ImportByteSource) {
        splitter = RecordSplitter(source: source, respectQuotes: false)
    }

    mutating func next(_ count: Int) throws -> [ImportItem]? {
        var items: [ImportItem] = []
        while items.count < count, let (line, bytes) = try splitter.next() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            items.append(Self.item(bytes, line: line))
        }
        return items.isEmpty ? nil : items
    }

    static func item(_ bytes: ArraySlice<UInt8>, line: Int) -> ImportItem {
        let data = Data(ImportText.decode(bytes).utf8)
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .issue(ImportIssue(position: line, message: "bukan JSON yang sah / not valid JSON"))
        }
        guard let fields = object as? [String: Any] else {
            return .issue(ImportIssue(position: line, message: "baris harus objek JSON / the line must be a JSON object"))
        }
        return ImportFields.record(from: fields, position: line)
    }
}

/// Our own CSV format: a header row naming `text` and any of `id`, `posted_at`, `url`, `action` (any order,
/// other columns ignored), then one post per row (RFC 4180 quoting).
struct CSVImportParser: ImportParser {
    private var splitter: RecordSplitter
    private var header: [String]?
    private var headerProblem = false
    var bytesRead: Int { splitter.bytesRead }

    init(source: any ImportByteSource) {
        splitter = RecordSplitter(source: source, respectQuotes: true)
    }

    mutating func next(_ count: Int) throws -> [ImportItem]? {
        var items: [ImportItem] = []
        while items.count < count, let (line, bytes) = try splitter.next() {
            if bytes.isEmpty || headerProblem { continue }
            let fields: [String]
            do {
                let text = ImportText.decode(bytes)
                fields = try CSVRowParser.fields(of: text)
            } catch {
                items.append(.issue(ImportIssue(position: line, message: "baris CSV rusak / malformed CSV row")))
                continue
            }
            guard let header else {
                let names = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard names.contains("text") else {
                    headerProblem = true
                    items.append(.issue(ImportIssue(position: line, message:
                        "baris judul harus memuat kolom text / the header row must name a text column")))
                    continue
                }
                self.header = names
                continue
            }
            guard fields.count <= header.count else {
                items.append(.issue(ImportIssue(position: line, message:
                    "lebih banyak kolom daripada judul / more columns than the header")))
                continue
            }
            var values: [String: Any] = [:]
            for (name, value) in zip(header, fields) where ImportFields.names.contains(name) { values[name] = value }
            items.append(ImportFields.record(from: values, position: line))
        }
        return items.isEmpty ? nil : items
    }
}

/// Splits one CSV record (already cut at line breaks outside quotes) into fields.
enum CSVRowParser {
    struct Malformed: Error {}

    static func fields(of row: String) throws -> [String] {
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var wasQuoted = false
        var iterator = row.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.append("\""); pending = iterator.next() } else { inQuotes = false }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(String(field)); field = String.UnicodeScalarView(); wasQuoted = false
            case "\"" where field.isEmpty && !wasQuoted:
                inQuotes = true; wasQuoted = true
            case "\r":
                continue
            default:
                if wasQuoted { throw Malformed() }
                field.append(scalar)
            }
        }
        if inQuotes { throw Malformed() }
        fields.append(String(field))
        return fields
    }
}
