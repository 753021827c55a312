import Foundation
import Testing

@Suite struct AnalyzeCommandTests {
    @Test func spansPointIntoTheOriginalTextDespiteEmojiAndZeroWidthCharacters() throws {
        let text = "👍🏽 b\u{200B}a\u{200B}b\u{200B}i 😀 kamu #GantiPresiden \u{FEFF}rapat"
        let result = try CLI.run(["analyze", "--json", text])
        #expect(result.status == 0)
        let json = try #require(result.json)
        #expect(json["normalized"] is String)
        let tokens = try #require(json["tokens"] as? [[String: Any]])
        let terms = try #require(json["terms"] as? [[String: Any]])
        #expect(!tokens.isEmpty && !terms.isEmpty)
        for row in tokens + terms {
            let start = try #require(row["start"] as? Int), end = try #require(row["end"] as? Int)
            #expect(CLI.scalars(text, start, end) == row["original"] as? String)
        }
        let babi = try #require(terms.first { $0["text"] as? String == "babi" })
        #expect(babi["original"] as? String == "b\u{200B}a\u{200B}b\u{200B}i")
        #expect(terms.contains { $0["text"] as? String == "kamu" })
    }

    @Test func tableForPeople() throws {
        let result = try CLI.run(["analyze", "kamu\u{200B}lah"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("<U+200B>"))
    }
}
