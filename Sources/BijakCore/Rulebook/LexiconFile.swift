/// Parses lexicon files: one phrase per line, an optional `| weight`, `#` comments, and `!phrase` to remove a
/// phrase (used by overlays to drop a bundled entry that misfires in an organisation's context).
public enum LexiconFile {
    /// The parsed content of one lexicon file.
    public struct Content: Sendable {
        /// Phrases to add.
        public var entries: [LexiconEntry] = []
        /// Phrases to remove from what was loaded before.
        public var removals: [String] = []
    }

    /// Longest phrase accepted, in characters; longer lines are mistakes, not phrases.
    static let longestPhrase = 200

    /// Parses `text`, reporting the first malformed line.
    /// - Throws: ``RulebookError`` naming `fileName`, the line and the problem.
    public static func parse(_ text: String, fileName: String) throws -> Content {
        var content = Content()
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            func fail(_ problem: String) -> RulebookError {
                RulebookError(file: fileName, line: lineNumber, problem: problem)
            }
            if line.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" }) {
                throw fail("karakter kontrol tidak diizinkan / control characters are not allowed")
            }
            var weight = 1.0
            let parts = line.split(separator: "|", omittingEmptySubsequences: false)
            guard parts.count <= 2 else {
                throw fail("lebih dari satu '|' / more than one '|' in a line")
            }
            if parts.count == 2 {
                let weightText = parts[1].trimmingCharacters(in: .whitespaces)
                guard let value = Double(weightText), value > 0, value <= 1 else {
                    throw fail("bobot '\(weightText)' harus angka 0 < w <= 1 / weight '\(weightText)' must be a number with 0 < w <= 1")
                }
                weight = value
            }
            var phrase = parts[0].trimmingCharacters(in: .whitespaces)
            let isRemoval = phrase.hasPrefix("!")
            if isRemoval { phrase = String(phrase.dropFirst()).trimmingCharacters(in: .whitespaces) }
            guard !phrase.isEmpty else { throw fail("frasa kosong / empty phrase") }
            guard phrase.count <= longestPhrase else {
                throw fail("frasa lebih dari \(longestPhrase) karakter / phrase longer than \(longestPhrase) characters")
            }
            if isRemoval {
                content.removals.append(phrase.lowercased())
            } else {
                content.entries.append(LexiconEntry(phrase: phrase, weight: weight, origin: "\(fileName):\(lineNumber)"))
            }
        }
        return content
    }
}

import Foundation
