import Foundation
import Testing
@testable import BijakCore

@Suite struct ModelCSVTests {
    @Test func parsesQuotesDoubledQuotesAndEmbeddedNewlines() throws {
        let text = "a,b\r\n\"x, \"\"quoted\"\"\nline two\",1\nplain,0\n"
        let records = try CSVReader.parse(Data(text.utf8))
        #expect(records.count == 3)
        #expect(records[1].fields == ["x, \"quoted\"\nline two", "1"])
        #expect(records[1].line == 2)
        #expect(records[2].fields == ["plain", "0"])
        #expect(records[2].line == 4)
    }

    @Test func refusesUnterminatedQuote() {
        #expect(throws: ModelDataError.malformedCSV(line: 2, reason: .unterminatedQuote)) {
            try CSVReader.parse(Data("a,b\n\"open,1\n".utf8))
        }
    }

    @Test func missingColumnIsNamed() {
        let schema = DatasetSchema(labelColumns: ["HS", "Abusive"])
        #expect(throws: ModelDataError.missingColumn("Abusive")) {
            try LabelledDataset(csv: Data("Tweet,HS\nhalo,0\n".utf8), schema: schema)
        }
        let message = ModelDataError.missingColumn("HS").description
        #expect(message == "Berkas tidak memiliki kolom 'HS' / File lacks column 'HS'")
    }

    @Test func badValueNamesLineAndColumn() {
        let schema = DatasetSchema(labelColumns: ["HS", "Abusive"])
        let csv = "Tweet,HS,Abusive\nhalo,0,1\n\"dua\nbaris\",0,0\nlagi,1,ya\n"
        #expect(throws: ModelDataError.badLabelValue(line: 5, column: "Abusive", value: "ya")) {
            try LabelledDataset(csv: Data(csv.utf8), schema: schema)
        }
    }

    @Test func wrongFieldCountNamesLine() {
        let schema = DatasetSchema(labelColumns: ["HS"])
        #expect(throws: ModelDataError.wrongFieldCount(line: 3, expected: 2, found: 1)) {
            try LabelledDataset(csv: Data("Tweet,HS\nhalo,0\nsendiri\n".utf8), schema: schema)
        }
    }

    @Test func readsNamedTextAndIdColumns() throws {
        let schema = DatasetSchema(textColumn: "comment_text", labelColumns: ["label"], idColumn: "comment_id")
        let data = try LabelledDataset(csv: Data("comment_id,comment_text,label\nu1,halo,0\nu2,slot,1\n".utf8),
                                       schema: schema)
        #expect(data.texts == ["halo", "slot"])
        #expect(data.ids == ["u1", "u2"])
        #expect(data.labels == [[false], [true]])
    }

    @Test func modelTextIsTheEnginesNormalisedText() {
        let text = ModelText(rawText: "Anjiiiing\\nBODOH\u{200B}!! 𝐬𝐥𝐨𝐭 ｇａｃｏｒ", analyzer: ModelFixture.analyzer)
        #expect(text.words == ModelFixture.analyzer.analyze("Anjiiiing\nBODOH\u{200B}!! 𝐬𝐥𝐨𝐭 ｇａｃｏｒ").normalized)
        #expect(!text.words.contains("\\"))
        #expect(text.words.contains("slot"))
    }
}
