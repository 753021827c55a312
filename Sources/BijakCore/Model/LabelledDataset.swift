import Foundation

/// Which columns of a labelled CSV file hold the text, the labels and (optionally) a stable row id.
public struct DatasetSchema: Sendable, Equatable, Codable {
    /// The text column's header name; `nil` means the first column.
    public var textColumn: String?
    /// Header names of the label columns, in the model's label order.
    public var labelColumns: [String]
    /// A column with a stable id used for hash splits (the gambling comments' `comment_id`).
    public var idColumn: String?

    /// Creates a schema.
    public init(textColumn: String? = nil, labelColumns: [String], idColumn: String? = nil) {
        self.textColumn = textColumn
        self.labelColumns = labelColumns
        self.idColumn = idColumn
    }
}

/// Texts with 0/1 labels read from a CSV file, the layout that `bijak train` and `bijak eval` share.
public struct LabelledDataset: Sendable {
    /// The raw (not yet normalised) texts.
    public var texts: [String]
    /// `labels[row][label]` is true for a 1 in the file.
    public var labels: [[Bool]]
    /// Stable ids from the schema's id column, or the texts themselves when there is none.
    public var ids: [String]

    /// Creates a dataset from parallel arrays.
    public init(texts: [String], labels: [[Bool]], ids: [String]? = nil) {
        self.texts = texts
        self.labels = labels
        self.ids = ids ?? texts
    }

    /// The number of rows.
    public var count: Int { texts.count }

    /// Reads a labelled CSV file.
    ///
    /// - Throws: ``ModelDataError`` naming the missing column, or the line and column of a cell that is not 0/1.
    public init(contentsOf url: URL, schema: DatasetSchema) throws {
        try self.init(csv: try Data(contentsOf: url), schema: schema)
    }

    /// Parses labelled CSV data (see ``init(contentsOf:schema:)``).
    public init(csv data: Data, schema: DatasetSchema) throws {
        let records = try CSVReader.parse(data)
        guard let header = records.first else { throw ModelDataError.noRows }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        func column(_ name: String) throws -> Int {
            guard let index = names.firstIndex(of: name) else { throw ModelDataError.missingColumn(name) }
            return index
        }
        let textIndex = try schema.textColumn.map(column) ?? 0
        let labelIndexes = try schema.labelColumns.map(column)
        let idIndex = try schema.idColumn.map(column)
        guard records.count > 1 else { throw ModelDataError.noRows }

        var texts: [String] = [], labels: [[Bool]] = [], ids: [String] = []
        texts.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                throw ModelDataError.wrongFieldCount(line: record.line, expected: names.count,
                                                     found: record.fields.count)
            }
            var row: [Bool] = []
            row.reserveCapacity(labelIndexes.count)
            for (position, index) in labelIndexes.enumerated() {
                switch record.fields[index].trimmingCharacters(in: .whitespaces) {
                case "1": row.append(true)
                case "0": row.append(false)
                case let value:
                    throw ModelDataError.badLabelValue(line: record.line, column: schema.labelColumns[position],
                                                       value: value)
                }
            }
            texts.append(record.fields[textIndex])
            labels.append(row)
            ids.append(idIndex.map { record.fields[$0] } ?? record.fields[textIndex])
        }
        self.init(texts: texts, labels: labels, ids: ids)
    }

    /// The rows at the given positions, in that order.
    public func subset(_ rows: [Int]) -> LabelledDataset {
        LabelledDataset(texts: rows.map { texts[$0] }, labels: rows.map { labels[$0] }, ids: rows.map { ids[$0] })
    }
}
