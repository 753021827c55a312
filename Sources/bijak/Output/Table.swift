/// A plain text table with columns padded to their widest cell.
enum Table {
    static func render(header: [String], rows: [[String]]) -> [String] {
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).map { "  " + $0 }
    }

    /// Makes invisible characters visible (`<U+200B>`), so a zero-width space inside a word shows in the table.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let invisible = scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .control
                || scalar.properties.isWhitespace
            if invisible && scalar != " " {
                result += "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
