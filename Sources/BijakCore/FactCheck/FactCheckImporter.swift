import Foundation

/// Reads debunked claims from a CSV or JSON file and refuses the whole file when a column is missing or a row is
/// bad, naming the line (CSV) or the array index (JSON) and the column.
///
/// Columns (header names are case-insensitive; Indonesian aliases in brackets): `claim` or `title` (`klaim`,
/// `judul`), `date` (`tanggal`), `verdict` (`putusan`), `url`; optional `source` (`sumber`), which defaults to the
/// url's host. JSON is an array of objects with the same keys.
public enum FactCheckImporter {
    /// The file's format.
    public enum Format: String, Sendable, CaseIterable {
        case csv, json
    }

    static let aliases: [(column: String, names: [String])] = [
        ("claim", ["claim", "title", "klaim", "judul"]),
        ("date", ["date", "tanggal"]),
        ("verdict", ["verdict", "putusan"]),
        ("url", ["url"]),
        ("source", ["source", "sumber"]),
    ]
    static let required = ["claim", "date", "verdict", "url"]

    /// Reads claims from a file; the format follows the extension (`.json`, else CSV) unless given.
    /// - Throws: ``RulebookError`` naming the file, the line or row, the column and what is wrong.
    public static func load(_ url: URL, format: Format? = nil) throws -> [FactCheckClaim] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RulebookError(file: url.lastPathComponent, problem: "berkas tidak dapat dibaca / file cannot be read")
        }
        let chosen = format ?? (url.pathExtension.lowercased() == "json" ? .json : .csv)
        return try parse(data, format: chosen, file: url.lastPathComponent)
    }

    /// Reads claims from data in `format`; `file` names the source in errors.
    public static func parse(_ data: Data, format: Format, file: String) throws -> [FactCheckClaim] {
        switch format {
        case .csv: return try parseCSV(data, file: file)
        case .json: return try parseJSON(data, file: file)
        }
    }

    private static func column(for header: String) -> String? {
        let name = header.trimmingCharacters(in: .whitespaces).lowercased()
        return aliases.first { $0.names.contains(name) }?.column
    }

    private static func parseCSV(_ data: Data, file: String) throws -> [FactCheckClaim] {
        let records = try CSVReader.rows(of: String(decoding: data, as: UTF8.self), file: file)
        guard let header = records.first else {
            throw RulebookError(file: file, problem: "berkas kosong / the file is empty")
        }
        var positions: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            if let column = column(for: name), positions[column] == nil { positions[column] = index }
        }
        let missing = required.filter { positions[$0] == nil }
        guard missing.isEmpty else {
            throw RulebookError(file: file, line: header.line,
                                problem: "kolom tidak ada / missing column: \(missing.joined(separator: ", "))")
        }
        var claims: [FactCheckClaim] = []
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw RulebookError(file: file, line: record.line,
                                    problem: "baris punya \(record.fields.count) kolom, seharusnya \(header.fields.count) / the row has \(record.fields.count) columns, expected \(header.fields.count)")
            }
            var values: [String: String] = [:]
            for (column, index) in positions { values[column] = record.fields[index] }
            claims.append(try claim(values, file: file, line: record.line, place: "baris / line \(record.line)"))
        }
        return claims
    }

    private static func parseJSON(_ data: Data, file: String) throws -> [FactCheckClaim] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw RulebookError(file: file, problem: "JSON tidak sah / invalid JSON")
        }
        guard let array = object as? [Any] else {
            throw RulebookError(file: file, problem: "harus array objek / must be an array of objects")
        }
        var claims: [FactCheckClaim] = []
        for (index, element) in array.enumerated() {
            let place = "elemen / element [\(index)]"
            guard let dictionary = element as? [String: Any] else {
                throw RulebookError(file: file, problem: "\(place): harus objek / must be an object")
            }
            var values: [String: String] = [:]
            for (key, value) in dictionary {
                guard let column = column(for: key) else { continue }
                guard let text = value as? String else {
                    throw RulebookError(file: file, problem: "\(place), kolom / column \(column): harus teks / must be a string")
                }
                values[column] = text
            }
            let missing = required.filter { values[$0] == nil }
            guard missing.isEmpty else {
                throw RulebookError(file: file, problem: "\(place): kolom tidak ada / missing column: \(missing.joined(separator: ", "))")
            }
            claims.append(try claim(values, file: file, line: nil, place: place))
        }
        return claims
    }

    private static func claim(_ values: [String: String], file: String, line: Int?, place: String) throws -> FactCheckClaim {
        func value(_ column: String) -> String { (values[column] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func fail(_ column: String, _ problem: String) -> RulebookError {
            RulebookError(file: file, line: line, problem: line == nil ? "\(place), kolom / column \(column): \(problem)"
                                                                         : "kolom / column \(column): \(problem)")
        }
        let text = value("claim")
        guard !text.isEmpty else { throw fail("claim", "kosong / is empty") }
        let verdict = value("verdict")
        guard !verdict.isEmpty else { throw fail("verdict", "kosong / is empty") }
        let date = value("date")
        guard date.isEmpty || isDate(date) else { throw fail("date", "bukan tanggal YYYY-MM-DD / not a YYYY-MM-DD date: \(date)") }
        let address = value("url")
        guard let parsed = URL(string: address), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
              let host = parsed.host, !host.isEmpty else {
            throw fail("url", "bukan alamat http(s) / not an http(s) address: \(address)")
        }
        let source = value("source")
        return FactCheckClaim(claim: text, date: date, verdict: verdict.lowercased(), url: address,
                              source: source.isEmpty ? host : source)
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// Writes claims as the CSV the engine reads (`claim,date,verdict,url,source`).
    public static func csv(_ claims: [FactCheckClaim]) -> String {
        func quote(_ field: String) -> String {
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var text = "claim,date,verdict,url,source\n"
        for claim in claims {
            text += [claim.claim, claim.date, claim.verdict, claim.url, claim.source].map(quote).joined(separator: ",") + "\n"
        }
        return text
    }
}
