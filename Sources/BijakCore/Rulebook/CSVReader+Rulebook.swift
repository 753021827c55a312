import Foundation

extension CSVReader {
    /// Rows of a rulebook data file (CSV, or TSV with `separator` a tab), each with the 1-based line it starts on.
    ///
    /// - Throws: ``RulebookError`` naming `file` and the line when the file is not well-formed.
    static func rows(of text: String, separator: Unicode.Scalar = ",", file: String) throws -> [Record] {
        do {
            return try parse(Data(text.utf8), separator: separator)
        } catch let error as ModelDataError {
            if case .malformedCSV(let line, _) = error {
                throw RulebookError(file: file, line: line, problem: error.description)
            }
            throw RulebookError(file: file, problem: error.description)
        }
    }
}
