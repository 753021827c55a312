import BijakCore

/// A post's identifier in a scanned file, echoed back as written: `"a17"` stays a string, `17` stays a number.
enum ScanID: Encodable, Sendable, Equatable {
    case string(String)
    case integer(Int)
    case number(Double)

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        }
    }
}

/// One post of a scanned file, with where it was.
struct ScanRecord: Sendable {
    var id: ScanID
    /// The 1-based line (JSONL) or row (CSV, header = row 1).
    var line: Int
    var post: Post
}

/// A line that cannot be checked, and why (bilingual).
struct LineProblem: Error, Sendable {
    var line: Int
    var message: String

    /// `baris 17: ... / line 17: ...` — the message itself is "Indonesian / English".
    var report: String { "baris \(line) / line \(line): \(message)" }
}

/// What a source hands to the workers: raw JSONL bytes still to parse (parsing is parallel too), a ready record,
/// or a problem found while reading.
enum ScanInput: Sendable {
    case jsonLine(line: Int, bytes: ArraySlice<UInt8>)
    case record(ScanRecord)
    case problem(LineProblem)
    /// A blank line: nothing to check, nothing to report.
    case blank
}

/// A source of posts read in batches, so that memory stays constant whatever the file's size.
protocol ScanSource {
    /// Up to `size` inputs, or `nil` at the end.
    mutating func nextBatch(_ size: Int) throws -> [ScanInput]?
    /// Bytes read so far, for progress.
    var bytesRead: Int { get }
}
