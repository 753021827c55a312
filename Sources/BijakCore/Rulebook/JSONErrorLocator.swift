import Foundation

/// Turns JSON decoding failures into a line number and a readable problem, so that an administrator editing a
/// rule file is told exactly where it is wrong.
enum JSONErrorLocator {
    /// Describes `error` from decoding `data` (the file's bytes) as a ``RulebookError``.
    static func rulebookError(_ error: Error, data: Data, file: String) -> RulebookError {
        let text = String(decoding: data, as: UTF8.self)
        if let syntax = syntaxError(in: data, text: text) {
            return RulebookError(file: file, line: syntax.line, problem: "JSON tidak sah / invalid JSON: \(syntax.message)")
        }
        guard let decoding = error as? DecodingError else {
            return RulebookError(file: file, problem: "\(error)")
        }
        switch decoding {
        case .keyNotFound(let key, let context):
            let path = context.codingPath + [key]
            return RulebookError(file: file, line: line(of: context.codingPath, in: text),
                                 problem: "kolom wajib '\(pathString(path))' tidak ada / required field '\(pathString(path))' is missing")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return RulebookError(file: file, line: line(of: context.codingPath, in: text),
                                 problem: "'\(pathString(context.codingPath))' harus bertipe \(type) / '\(pathString(context.codingPath))' must be \(type): \(context.debugDescription)")
        case .dataCorrupted(let context):
            return RulebookError(file: file, line: line(of: context.codingPath, in: text),
                                 problem: "'\(pathString(context.codingPath))': \(context.debugDescription)")
        @unknown default:
            return RulebookError(file: file, problem: "\(decoding)")
        }
    }

    static func pathString(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    private static func syntaxError(in data: Data, text: String) -> (line: Int?, message: String)? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let message = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
            var line: Int?
            if let range = message.range(of: "character "), let offset = Int(message[range.upperBound...].prefix { $0.isNumber }) {
                let prefix = data.prefix(offset)
                line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            }
            return (line, message)
        }
    }

    /// The line of the value at `path`: follows the keys in order through the text; good enough for the
    /// pretty-printed files people edit.
    static func line(of path: [CodingKey], in text: String) -> Int? {
        var position = text.startIndex
        var found = false
        for key in path {
            if let index = key.intValue {
                // Skip to the index-th element start roughly: find the next '[' then count commas at depth one.
                guard let open = text[position...].firstIndex(of: "[") else { break }
                position = elementStart(in: text, arrayOpen: open, index: index) ?? open
                found = true
            } else if let range = text.range(of: "\"\(key.stringValue)\"", range: position..<text.endIndex) {
                position = range.lowerBound
                found = true
            }
        }
        guard found else { return nil }
        return text[..<position].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    private static func elementStart(in text: String, arrayOpen: String.Index, index: Int) -> String.Index? {
        var depth = 0
        var count = 0
        var inString = false
        var escaped = false
        var cursor = text.index(after: arrayOpen)
        if index == 0 { return cursor }
        while cursor < text.endIndex {
            let character = text[cursor]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else {
                switch character {
                case "\"": inString = true
                case "[", "{": depth += 1
                case "]", "}":
                    if depth == 0 { return nil }
                    depth -= 1
                case ",":
                    if depth == 0 {
                        count += 1
                        if count == index { return text.index(after: cursor) }
                    }
                default: break
                }
            }
            cursor = text.index(after: cursor)
        }
        return nil
    }
}
