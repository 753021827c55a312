import Foundation

/// The Indonesian language data the pipeline needs, loaded once: the obfuscation map, slang dictionaries, root
/// words, stopwords and the region codes that validate NIKs.
public struct LanguageResources: Sendable {
    /// Obfuscating character sequences and their plain letters.
    public var obfuscationMap: [String: String]
    /// Informal -> formal pairs in priority order (IndoCollex first: its targets are formal; then Ibrohim's kamus alay).
    public var slangLists: [[(informal: String, formal: String)]]
    /// Root words of the stemmer dictionary.
    public var rootWords: Set<String>
    /// Common function words.
    public var stopwords: Set<String>
    /// Valid 6-digit district codes (the first six digits of a NIK).
    public var districtCodes: Set<String>

    /// Loads the bundled resources.
    public static func bundled() throws -> LanguageResources {
        guard let directory = RulebookLoader.bundledDataDirectory else {
            throw RulebookError(file: "data", problem: "data bahasa bawaan tidak ditemukan / bundled language data not found")
        }
        return try load(from: directory)
    }

    /// Loads resources from a data directory with the bundled file names.
    public static func load(from directory: URL) throws -> LanguageResources {
        func text(_ name: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RulebookError(file: "data/\(name)", problem: "berkas tidak ada / file is missing")
            }
            return String(decoding: data, as: UTF8.self)
        }
        let mapData = Data(try text("unicode-obfuscation-map.json").utf8)
        guard let map = try JSONSerialization.jsonObject(with: mapData) as? [String: String] else {
            throw RulebookError(file: "data/unicode-obfuscation-map.json", problem: "harus objek teks->teks / must be an object of strings")
        }
        func rows(_ name: String, separator: Unicode.Scalar = ",") throws -> [[String]] {
            try CSVReader.rows(of: try text(name), separator: separator, file: "data/\(name)").map(\.fields)
        }
        let indocollex = try rows("indocollex-informal-formal.tsv", separator: "\t").dropFirst()
            .compactMap { $0.count >= 2 ? (informal: $0[0], formal: $0[1]) : nil }
        let alay = try rows("ibrohim-kamusalay.csv")
            .compactMap { $0.count >= 2 ? (informal: $0[0], formal: $0[1]) : nil }
        let roots = wordList(try text("sastrawi-kata-dasar.txt"))
        let stopwords = wordList(try text("stopwords-id.txt"))
        var districts = Set<String>()
        for row in try rows("wilayah-nik-prefix.csv").dropFirst() where row.count > 2 && row[0].count == 6 {
            districts.insert(row[0])
        }
        return LanguageResources(obfuscationMap: map, slangLists: [Array(indocollex), alay], rootWords: roots,
                                 stopwords: stopwords, districtCodes: districts)
    }

    /// One lower-case word per line, `#` starting a comment; splitting on bytes keeps start-up fast (Foundation's trimming is slow here).
    static func wordList(_ text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            var slice = line[...]
            if let hash = slice.firstIndex(of: UInt8(ascii: "#")) { slice = slice[..<hash] }
            while let last = slice.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") { slice = slice.dropLast() }
            while let first = slice.first, first == UInt8(ascii: " ") { slice = slice.dropFirst() }
            guard !slice.isEmpty else { continue }
            words.insert(String(decoding: slice, as: UTF8.self).lowercased())
        }
        return words
    }
}
