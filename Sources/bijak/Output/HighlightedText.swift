import BijakCore

/// Marks evidence spans inside the text they point into.
///
/// Spans are Unicode scalar offsets into the original text, so the text is cut by scalars, not by characters
/// (an emoji with a skin tone is two scalars, and evidence may start between them).
enum HighlightedText {
    /// `text` with every span in `spans` highlighted; overlapping spans are merged, out-of-range ones clamped.
    static func render(_ text: String, spans: [TextSpan], style: Style) -> String {
        let scalars = Array(text.unicodeScalars)
        var merged: [TextSpan] = []
        for span in spans.sorted() {
            let clamped = TextSpan(start: min(max(0, span.start), scalars.count), end: min(max(0, span.end), scalars.count))
            guard clamped.length > 0 else { continue }
            if let last = merged.last, clamped.start <= last.end {
                merged[merged.count - 1] = last.union(clamped)
            } else {
                merged.append(clamped)
            }
        }
        var result = ""
        var position = 0
        for span in merged {
            result += string(scalars[position..<span.start])
            result += style.highlight(string(scalars[span.start..<span.end]))
            position = span.end
        }
        result += string(scalars[position...])
        return result
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
