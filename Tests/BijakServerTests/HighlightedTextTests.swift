import BijakCore
@testable import BijakServer
import Testing

/// Splitting a text at evidence spans, including spans that do not fit the text.
@Suite struct HighlightedTextTests {
    static func finding(_ rule: String, _ spans: [(Int, Int, String)]) -> Finding {
        Finding(rule: rule, related: [], score: 1, severity: .high,
                evidence: spans.map { Evidence(start: $0.0, end: $0.1, text: "", field: $0.2, signal: "s") },
                title: "", explanation: "", advice: "", source: "", provisions: [], sanction: "", signals: [])
    }

    @Test func marksSpansByScalarOffsets() {
        // "é" is one scalar; the emoji is one scalar.
        let text = "café 😀 babi x"
        let segments = HighlightedText.segments(of: text, field: "text", findings: [Self.finding("R-1", [(7, 11, "text")])])
        #expect(segments.map(\.text) == ["café 😀 ", "babi", " x"])
        #expect(segments.map(\.mark) == [false, true, false])
        #expect(segments.map(\.text).joined() == text)
    }

    @Test func overlappingRulesAndOtherFields() {
        let findings = [Self.finding("A", [(0, 4, "text")]), Self.finding("B", [(2, 6, "text"), (0, 3, "target")])]
        let segments = HighlightedText.segments(of: "abcdefg", field: "text", findings: findings)
        #expect(segments.map(\.text) == ["ab", "cd", "ef", "g"])
        #expect(segments.map(\.rules) == ["A", "A, B", "B", ""])
    }

    @Test func spansOutsideTheTextNeverCrash() {
        let findings = [Self.finding("A", [(-5, 2, "text"), (3, 999, "text"), (9, 4, "text")])]
        let segments = HighlightedText.segments(of: "abcde", field: "text", findings: findings)
        #expect(segments.map(\.text).joined() == "abcde")
        #expect(HighlightedText.segments(of: "", field: "text", findings: findings).isEmpty)
    }
}
