import Foundation

/// Why a labelled data file or a model file was refused. Messages are Indonesian first, English second,
/// because they reach the user of `bijak train` and `bijak eval` unchanged.
public enum ModelDataError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// What is wrong with the CSV syntax.
    public enum CSVProblem: String, Sendable {
        case unterminatedQuote
        case textAfterClosingQuote
    }

    /// The CSV text itself cannot be parsed.
    case malformedCSV(line: Int, reason: CSVProblem)
    /// The file is empty or has only a header.
    case noRows
    /// The header lacks a column the model needs.
    case missingColumn(String)
    /// A data row has fewer or more fields than the header.
    case wrongFieldCount(line: Int, expected: Int, found: Int)
    /// A label cell is not 0 or 1.
    case badLabelValue(line: Int, column: String, value: String)
    /// A model file is not a Bijak model or is damaged.
    case badModelFile(String)
    /// No model with this name exists.
    case unknownModel(String)
    /// A line of a labelled-posts JSONL file is not a labelled post.
    case badJSONLine(line: Int, reason: String)

    public var description: String {
        switch self {
        case let .malformedCSV(line, reason):
            switch reason {
            case .unterminatedQuote:
                return "Baris \(line): tanda kutip tidak ditutup / Line \(line): unterminated quoted field"
            case .textAfterClosingQuote:
                return "Baris \(line): ada teks setelah tanda kutip penutup / Line \(line): text after a closing quote"
            }
        case .noRows:
            return "Berkas tidak memiliki baris data / File has no data rows"
        case let .missingColumn(column):
            return "Berkas tidak memiliki kolom '\(column)' / File lacks column '\(column)'"
        case let .wrongFieldCount(line, expected, found):
            return "Baris \(line): \(found) kolom, seharusnya \(expected) / Line \(line): \(found) fields, expected \(expected)"
        case let .badLabelValue(line, column, value):
            return "Baris \(line), kolom '\(column)': nilai '\(value)' bukan 0 atau 1 / "
                + "Line \(line), column '\(column)': value '\(value)' is not 0 or 1"
        case let .badModelFile(reason):
            return "Berkas model rusak atau bukan model Bijak: \(reason) / Damaged or foreign model file: \(reason)"
        case let .unknownModel(name):
            return "Model '\(name)' tidak dikenal (hatespeech, content, gambling, violations) / "
                + "Unknown model '\(name)' (hatespeech, content, gambling, violations)"
        case let .badJSONLine(line, reason):
            return "Baris / Line \(line): \(reason)"
        }
    }

    public var errorDescription: String? { description }
}
