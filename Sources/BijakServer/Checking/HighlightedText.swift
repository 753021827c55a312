import BijakCore

/// A piece of a text for display: either plain, or evidence for one or more rules.
struct TextSegment: Encodable, Equatable {
    let text: String
    let mark: Bool
    /// The rules the words are evidence for, e.g. "DJPAS-2, SE137-8".
    let rules: String
}

/// Splits a text into plain and highlighted segments from a verdict's evidence spans.
///
/// Offsets count Unicode scalars in the original text (as the engine reports them); spans are clamped to the text,
/// so that a wrong span can never crash the page.
enum HighlightedText {
    static func segments(of text: String, field: String, findings: [Finding]) -> [TextSegment] {
        let scalars = Array(text.unicodeScalars)
        var marks = [Set<String>](repeating: [], count: scalars.count)
        for finding in findings {
            for evidence in finding.evidence where evidence.field == field {
                let start = max(0, min(evidence.start, scalars.count))
                let end = max(start, min(evidence.end, scalars.count))
                for index in start..<end { marks[index].insert(finding.rule) }
            }
        }
        var segments: [TextSegment] = []
        var runStart = 0
        while runStart < scalars.count {
            var runEnd = runStart + 1
            while runEnd < scalars.count && marks[runEnd] == marks[runStart] { runEnd += 1 }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[runStart..<runEnd])
            let rules = marks[runStart].sorted()
            segments.append(TextSegment(text: String(piece), mark: !rules.isEmpty, rules: rules.joined(separator: ", ")))
            runStart = runEnd
        }
        return segments
    }
}
