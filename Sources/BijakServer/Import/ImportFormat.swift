import Foundation

/// The export formats `bijak import` and the upload page read.
public enum ImportFormat: String, CaseIterable, Codable, Sendable {
    /// Our own JSON Lines (docs/SERVER.md).
    case jsonl
    /// Our own CSV (docs/SERVER.md).
    case csv
    /// An X archive's `tweets.js`.
    case x
    /// A Facebook JSON export of posts.
    case facebook
    /// An Instagram JSON export of posts.
    case instagram

    /// Guesses the format from the file name and its first bytes; `nil` when nothing fits.
    public static func detect(fileName: String, head: Data) -> ImportFormat? {
        let name = fileName.lowercased()
        let start = String(decoding: head.prefix(4_096), as: UTF8.self)
        let trimmed = start.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if trimmed.hasPrefix("window.YTD") || name.hasSuffix("tweets.js") { return .x }
        if name.hasSuffix(".csv") { return .csv }
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") { return .jsonl }
        if trimmed.hasPrefix("{") {
            // One object per line is JSONL; an object spanning lines is an export.
            let firstLine = trimmed.prefix(while: { $0 != "\n" })
            if firstLine.hasSuffix("}") && (try? JSONSerialization.jsonObject(with: Data(firstLine.utf8))) != nil {
                return .jsonl
            }
        }
        if trimmed.hasPrefix("[") || trimmed.hasPrefix("{") {
            if start.contains("\"creation_timestamp\"") || start.contains("\"ig_") { return .instagram }
            if start.contains("\"timestamp\"") || start.contains("\"status_updates") { return .facebook }
            if start.contains("\"tweet\"") || start.contains("\"full_text\"") { return .x }
        }
        if trimmed.lowercased().hasPrefix("id,") || trimmed.lowercased().hasPrefix("text") { return .csv }
        return nil
    }

    /// A parser for this format reading `source`.
    public func parser(reading source: any ImportByteSource) -> any ImportParser {
        switch self {
        case .jsonl: return JSONLImportParser(source: source)
        case .csv: return CSVImportParser(source: source)
        case .x: return PlatformExportParser(source: source, kind: .x)
        case .facebook: return PlatformExportParser(source: source, kind: .facebook)
        case .instagram: return PlatformExportParser(source: source, kind: .instagram)
        }
    }
}
