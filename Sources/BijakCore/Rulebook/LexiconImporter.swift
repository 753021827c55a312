import Foundation

/// Fills a lexicon from a data file named by a manifest import.
enum LexiconImporter {
    static func load(_ entry: LexiconImport, from directories: [URL]) throws -> [LexiconEntry] {
        let fileName = "data/\(entry.file)"
        guard let url = directories.map({ $0.appendingPathComponent(entry.file) })
            .first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw RulebookError(file: "manifest.json", problem: "berkas impor '\(entry.file)' tidak ditemukan / import file '\(entry.file)' not found")
        }
        let data = try RulebookLoader.readFile(url, name: fileName)
        let text = String(decoding: data, as: UTF8.self)
        var phrases: [(String, Int)] = []
        if let key = entry.jsonKey {
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let list = object[key] as? [String] else {
                throw RulebookError(file: fileName, problem: "kunci '\(key)' berisi daftar teks tidak ada / no list of strings under key '\(key)'")
            }
            phrases = list.map { ($0, 0) }
        } else if let column = entry.column {
            let rows = try CSVReader.rows(of: text, separator: entry.file.hasSuffix(".tsv") ? "\t" : ",", file: fileName)
            guard let header = rows.first, let position = header.fields.firstIndex(of: column) else {
                throw RulebookError(file: fileName, line: 1, problem: "kolom '\(column)' tidak ada / column '\(column)' is missing")
            }
            for row in rows.dropFirst() where position < row.fields.count {
                phrases.append((row.fields[position], row.line))
            }
        } else {
            throw RulebookError(file: "manifest.json", problem: "impor '\(entry.file)' perlu 'column' atau 'json_key' / import needs 'column' or 'json_key'")
        }
        let excluded = Set((entry.exclude ?? []).map { $0.lowercased() })
        var result: [LexiconEntry] = []
        for (cell, line) in phrases {
            let parts = entry.split.map { cell.components(separatedBy: $0) } ?? [cell]
            for part in parts {
                let phrase = part.trimmingCharacters(in: .whitespaces)
                guard !phrase.isEmpty, !excluded.contains(phrase.lowercased()), phrase.count <= LexiconFile.longestPhrase else { continue }
                result.append(LexiconEntry(phrase: phrase, weight: entry.weight ?? 1, origin: line > 0 ? "\(fileName):\(line)" : fileName))
            }
        }
        return result
    }
}
