import Foundation

/// A small RFC 4180 CSV reader: quoted fields, doubled quotes inside quotes, embedded line breaks, CRLF or LF.
/// The one delimited-text reader of BijakCore: training data, and the rulebook's CSV and TSV data files.
///
/// BijakCore stays Foundation-only, so it cannot use the CLI's CSV package. The reader works on UTF-8 bytes
/// because the training files are several megabytes and `Character` iteration would dominate start-up.
public enum CSVReader {
    /// One parsed record with the file line on which it starts (1-based, the header is line 1), so that errors
    /// can point the user to the line in an editor even when earlier fields contain line breaks.
    public struct Record: Sendable, Equatable {
        /// The record's fields, unquoted.
        public var fields: [String]
        /// The 1-based line of the file on which the record starts.
        public var line: Int
    }

    /// Parses CSV text into records; a trailing empty line does not produce a record.
    ///
    /// - Parameter separator: the field separator, `,` for CSV or a tab for TSV.
    /// - Throws: ``ModelDataError/malformedCSV(line:reason:)`` for an unterminated quoted field or text after a
    ///   closing quote.
    public static func parse(_ data: Data, separator: Unicode.Scalar = ",") throws -> [Record] {
        var bytes = [UInt8](data)
        // A UTF-8 byte-order mark (Excel writes one) is not part of the first header name.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = 0
        var inQuotes = false
        var fieldWasQuoted = false
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: separator), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        func finishField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func finishRecord() {
            finishField()
            // A blank line is no record: it has one empty, unquoted field.
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(fields: fields, line: recordLine))
            }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case comma:
                finishField()
            case lf, cr:
                if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
                finishRecord()
                line += 1
                recordLine = line
            case quote where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            default:
                if fieldWasQuoted {
                    throw ModelDataError.malformedCSV(line: line, reason: .textAfterClosingQuote)
                }
                // A stray quote inside an unquoted field is kept literally, as most spreadsheet tools do.
                field.append(byte)
            }
            index += 1
        }
        if inQuotes { throw ModelDataError.malformedCSV(line: recordLine, reason: .unterminatedQuote) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { finishRecord() }
        return records
    }
}
