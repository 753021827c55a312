import BijakCore
import Foundation

/// Posts from a CSV file with a header row, read block by block with BijakCore's RFC 4180 reader.
///
/// The text column is `--text-column`, else `text`, `Tweet` or `comment_text`, else the first column. The id is
/// `--id-column`, else the `id` column, else the row number. Rows are numbered as a spreadsheet shows them: the
/// header is row 1. (CSV.swift was used here first; it decoded character by character and took a fifth of a
/// scan's time, while BijakCore already carries a byte-level reader for its training data.)
final class CSVSource: ScanSource {
    private var chunks: CSVRecordChunks
    private var pending: [CSVReader.Record] = []
    private var pendingIndex = 0
    private let textColumn: Int
    private let idColumn: Int?
    private var row = 1
    private var finished = false

    /// Columns tried, in order, when no text column is named.
    static let textColumnCandidates = ["text", "Tweet", "comment_text"]

    /// - Throws: ``BijakFailure`` when the header cannot be read or a named column does not exist.
    init(handle: FileHandle, path: String, textColumn: String?, idColumn: String?) throws {
        chunks = CSVRecordChunks(handle: handle)
        var header: [String] = []
        do {
            while header.isEmpty, let chunk = try chunks.next() {
                pending = try CSVReader.parse(Data(chunk))
                if !pending.isEmpty {
                    header = pending[0].fields
                    pendingIndex = 1
                }
            }
        } catch {
            throw BijakFailure.dataError("\(path): baris judul CSV tidak terbaca / cannot read the CSV header row")
        }
        guard !header.isEmpty else {
            throw BijakFailure.dataError("\(path): baris judul CSV tidak terbaca / cannot read the CSV header row")
        }
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

    var bytesRead: Int { chunks.bytesRead }

    func nextBatch(_ size: Int) throws -> [ScanInput]? {
        guard !finished else { return nil }
        var batch: [ScanInput] = []
        batch.reserveCapacity(size)
        while batch.count < size {
            if pendingIndex >= pending.count {
                do {
                    guard let chunk = try chunks.next() else { finished = true; break }
                    pending = try CSVReader.parse(Data(chunk))
                    pendingIndex = 0
                } catch {
                    finished = true
                    batch.append(.problem(LineProblem(line: row + 1,
                                                      message: "CSV rusak, sisa berkas dilewati / broken CSV, rest of the file skipped")))
                    break
                }
                continue
            }
            let record = pending[pendingIndex]
            pendingIndex += 1
            row += 1
            batch.append(input(record.fields, row: row))
        }
        return batch.isEmpty ? nil : batch
    }

    private func input(_ fields: [String], row: Int) -> ScanInput {
        if fields.allSatisfy(\.isEmpty) { return .blank }
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
