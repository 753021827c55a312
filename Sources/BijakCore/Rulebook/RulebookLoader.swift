import Foundation

/// Loads the bundled rulebook and applies an organisation's overlay directory.
///
/// A rulebook directory holds `manifest.json`, `rules/*.json` (one rule per file) and `lexicons/*.txt` (one
/// signal per file). An overlay directory has the same layout; its rules replace bundled rules with the same id or
/// add new ones, its lexicon lines add phrases (or remove them with `!phrase`), its manifest may set a version,
/// the decision policy and more imports, and its `data/` files take precedence over bundled data files.
public enum RulebookLoader {
    /// The bundled rulebook directory.
    public static var bundledDirectory: URL? { Bundle.module.url(forResource: "rulebook", withExtension: nil) }

    /// The bundled data directory (word lists, region codes, parties).
    public static var bundledDataDirectory: URL? { Bundle.module.url(forResource: "data", withExtension: nil) }

    /// Loads the rulebook that ships with Bijak.
    public static func loadBundled() throws -> Rulebook {
        guard let directory = bundledDirectory, let data = bundledDataDirectory else {
            throw RulebookError(file: "rulebook", problem: "buku aturan bawaan tidak ditemukan / bundled rulebook not found")
        }
        return try load(directory: directory, dataDirectories: [data])
    }

    /// Loads a complete rulebook directory.
    public static func load(directory: URL, dataDirectories: [URL]) throws -> Rulebook {
        let manifest = try readManifest(directory.appendingPathComponent("manifest.json"), required: true)!
        let rules = try readRules(directory.appendingPathComponent("rules"))
        var lexicons: [String: [LexiconEntry]] = [:]
        try applyLexicons(directory.appendingPathComponent("lexicons"), to: &lexicons)
        for entry in manifest.imports ?? [] {
            addImported(try LexiconImporter.load(entry, from: dataDirectories), to: &lexicons[entry.signal, default: []])
        }
        return Rulebook(version: manifest.version, name: manifest.name ?? LocalizedText(id: "Buku aturan", en: "Rulebook"),
                        decision: manifest.decision ?? DecisionPolicy(), rules: rules, lexicons: lexicons)
    }

    /// Applies an overlay directory to `base`. Nothing is applied unless the whole overlay is valid.
    /// - Throws: ``RulebookError`` naming the file, line and problem of the first thing wrong.
    public static func applyOverlay(_ base: Rulebook, directory: URL, dataDirectories: [URL]) throws -> Rulebook {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RulebookError(file: directory.path, problem: "direktori overlay tidak ada / overlay directory does not exist")
        }
        var result = base
        let overlayData = [directory.appendingPathComponent("data")] + dataDirectories
        if let manifest = try readManifest(directory.appendingPathComponent("manifest.json"), required: false) {
            result.version = "\(base.version)+\(manifest.version)"
            if let name = manifest.name { result.name = name }
            if let decision = manifest.decision { result.decision = decision }
            for entry in manifest.imports ?? [] {
                addImported(try LexiconImporter.load(entry, from: overlayData), to: &result.lexicons[entry.signal, default: []])
            }
        } else {
            result.version = "\(base.version)+overlay"
        }
        let rulesDirectory = directory.appendingPathComponent("rules")
        if FileManager.default.fileExists(atPath: rulesDirectory.path) {
            result.upsert(try readRules(rulesDirectory))
        }
        try applyLexicons(directory.appendingPathComponent("lexicons"), to: &result.lexicons)
        return result
    }

    /// Imported lists are broad (every abusive word, every gambling slang term); where a lexicon file already
    /// names a phrase, its weight wins, so "sampah" can be weak in `profanity` though the imported list has it.
    static func addImported(_ imported: [LexiconEntry], to entries: inout [LexiconEntry]) {
        var present = Set(entries.map { $0.phrase.lowercased() })
        for entry in imported where present.insert(entry.phrase.lowercased()).inserted {
            entries.append(entry)
        }
    }

    static func readManifest(_ url: URL, required: Bool) throws -> RulebookManifest? {
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { throw RulebookError(file: "manifest.json", problem: "berkas tidak ada / file is missing") }
            return nil
        }
        let data = try readFile(url, name: "manifest.json")
        do {
            return try JSONDecoder().decode(RulebookManifest.self, from: data)
        } catch {
            throw JSONErrorLocator.rulebookError(error, data: data, file: "manifest.json")
        }
    }

    static func readRules(_ directory: URL) throws -> [Rule] {
        var rules: [Rule] = []
        var seen: [String: String] = [:]
        for url in try sortedFiles(in: directory, extension: "json") {
            let name = "rules/\(url.lastPathComponent)"
            let data = try readFile(url, name: name)
            let rule: Rule
            do {
                rule = try JSONDecoder().decode(Rule.self, from: data)
            } catch {
                throw JSONErrorLocator.rulebookError(error, data: data, file: name)
            }
            guard url.deletingPathExtension().lastPathComponent == rule.id else {
                throw RulebookError(file: name, line: JSONErrorLocator.line(of: [RuleKey.id], in: String(decoding: data, as: UTF8.self)),
                                    problem: "id '\(rule.id)' harus sama dengan nama berkas / id '\(rule.id)' must match the file name")
            }
            if let other = seen[rule.id] {
                throw RulebookError(file: name, problem: "id '\(rule.id)' sudah dipakai di \(other) / id already used in \(other)")
            }
            seen[rule.id] = name
            rules.append(rule)
        }
        return rules
    }

    static func applyLexicons(_ directory: URL, to lexicons: inout [String: [LexiconEntry]]) throws {
        guard FileManager.default.fileExists(atPath: directory.path) else { return }
        for url in try sortedFiles(in: directory, extension: "txt") {
            let signal = url.deletingPathExtension().lastPathComponent
            let name = "lexicons/\(url.lastPathComponent)"
            guard SignalCondition(compact: signal) != nil, !signal.contains(">") else {
                throw RulebookError(file: name, problem: "nama berkas bukan nama sinyal yang sah / file name is not a valid signal name")
            }
            let data = try readFile(url, name: name)
            guard let text = String(data: data, encoding: .utf8) else {
                throw RulebookError(file: name, problem: "bukan UTF-8 yang sah / not valid UTF-8")
            }
            let content = try LexiconFile.parse(text, fileName: name)
            let removals = Set(content.removals)
            var entries = lexicons[signal, default: []].filter { !removals.contains($0.phrase.lowercased()) }
            entries += content.entries
            lexicons[signal] = entries
        }
    }

    static func sortedFiles(in directory: URL, extension fileExtension: String) throws -> [URL] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return names.filter { $0.hasSuffix(".\(fileExtension)") && !$0.hasPrefix(".") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    static func readFile(_ url: URL, name: String) throws -> Data {
        do {
            let data = try Data(contentsOf: url)
            guard data.count <= 16 * 1024 * 1024 else {
                throw RulebookError(file: name, problem: "berkas lebih dari 16 MB / file larger than 16 MB")
            }
            return data
        } catch let error as RulebookError {
            throw error
        } catch {
            throw RulebookError(file: name, problem: "tidak dapat dibaca / cannot be read: \(error.localizedDescription)")
        }
    }

    private struct RuleKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        static let id = RuleKey(stringValue: "id")
    }
}
