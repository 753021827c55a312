import BijakCore
import CSV
import class CSV.CSVReader
import Foundation

/// Posts from a CSV file with a header row, read with CSV.swift.
///
/// The text column is `--text-column`, else `text`, `Tweet` or `comment_text`, else the first column. The id is
/// `--id-column`, else the `id` column, else the row number. Rows are numbered as a spreadsheet shows them: the
/// header is row 1.
final class CSVSource: ScanSource {
    private let stream: SanitizingInputStream
    private let reader: CSVReader
    private let textColumn: Int
    private let idColumn: Int?
    private var row = 1
    private var finished = false

    /// Columns tried, in order, when no text column is named.
    static let textColumnCandidates = ["text", "Tweet", "comment_text"]

    /// - Throws: ``BijakFailure`` when the header cannot be read or a named column does not exist.
    init(handle: FileHandle, path: String, textColumn: String?, idColumn: String?) throws {
        stream = SanitizingInputStream(handle: handle)
        do {
            reader = try CSVReader(stream: stream, codecType: UTF8.self, hasHeaderRow: true)
        } catch {
            throw BijakFailure.dataError("\(path): baris judul CSV tidak terbaca / cannot read the CSV header row")
        }
        let header = reader.headerRow ?? []
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let columns = header.joined(separator: ", ")
        if let textColumn {
            guard let index = column(textColumn) else {
                throw BijakFailure(message: "kolom teks tidak ada / no text column \"\(textColumn)\" (kolom / columns: \(columns))",
                                   code: BijakExit.usage)
            }
            self.textColumn = index
        } else {
            self.textColumn = Self.textColumnCandidates.lazy.compactMap(column).first ?? 0
        }
        if let idColumn {
            guard let index = column(idColumn) else {
                throw BijakFailure(message: "kolom id tidak ada / no id column \"\(idColumn)\" (kolom / columns: \(columns))",
                                   code: BijakExit.usage)
            }
            self.idColumn = index
        } else {
            self.idColumn = column("id")
        }
    }

    var bytesRead: Int { stream.bytesRead }

    func nextBatch(_ size: Int) throws -> [ScanInput]? {
        guard !finished else { return nil }
        var batch: [ScanInput] = []
        batch.reserveCapacity(size)
        while batch.count < size {
            guard let fields = reader.next() else {
                finished = true
                if reader.error != nil {
                    batch.append(.problem(LineProblem(line: row + 1,
                                                      message: "CSV rusak, sisa berkas dilewati / broken CSV, rest of the file skipped")))
                }
                break
            }
            row += 1
            batch.append(input(fields, row: row))
        }
        return batch.isEmpty ? nil : batch
    }

    private func input(_ fields: [String], row: Int) -> ScanInput {
        if fields.count == 1 && fields[0].isEmpty { return .blank }
        guard textColumn < fields.count else {
            return .problem(LineProblem(line: row, message: "kolom teks kosong / text column missing"))
        }
        let text = fields[textColumn]
        if fields.contains(where: { $0.unicodeScalars.contains(UTF8Sanitizer.markerScalar) }) {
            return .problem(LineProblem(line: row, message: "bukan UTF-8 yang sah / not valid UTF-8"))
        }
        var id = ScanID.integer(row)
        if let idColumn, idColumn < fields.count, !fields[idColumn].isEmpty { id = .string(fields[idColumn]) }
        return .record(ScanRecord(id: id, line: row, post: Post(text: text)))
    }
}
