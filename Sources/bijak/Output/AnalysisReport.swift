import BijakCore

/// What `bijak analyze` prints: the text pipeline's tokens and terms with their spans in the original text.
struct AnalysisReport: Encodable {
    struct TokenRow: Encodable {
        var kind: String
        /// The folded text.
        var text: String
        var start: Int
        var end: Int
        /// The original characters of the span.
        var original: String
    }

    struct TermRow: Encodable {
        var text: String
        var stem: String
        var start: Int
        var end: Int
        var kind: String
        /// The original characters of the span.
        var original: String
    }

    var normalized: String
    var tokens: [TokenRow]
    var terms: [TermRow]

    init(_ analysis: AnalyzedText) {
        normalized = analysis.normalized
        tokens = analysis.tokens.map {
            TokenRow(kind: $0.kind.rawValue, text: $0.text, start: $0.span.start, end: $0.span.end,
                     original: analysis.excerpt($0.span))
        }
        terms = analysis.terms.map {
            TermRow(text: $0.text, stem: $0.stem, start: $0.span.start, end: $0.span.end, kind: $0.kind.rawValue,
                    original: analysis.excerpt($0.span))
        }
    }

    /// Two aligned tables for people.
    func table() -> String {
        var lines = ["Teks ternormalisasi / Normalised text:", "  " + normalized, "",
                     "Token / Tokens:"]
        lines += Table.render(header: ["#", "jenis/kind", "lipat/folded", "rentang/span", "asli/original"],
                              rows: tokens.enumerated().map { index, token in
                                  ["\(index)", token.kind, token.text, "\(token.start)..\(token.end)", Table.visible(token.original)]
                              })
        lines += ["", "Istilah / Terms:"]
        lines += Table.render(header: ["#", "teks/text", "akar/stem", "rentang/span", "jenis/kind", "asli/original"],
                              rows: terms.enumerated().map { index, term in
                                  ["\(index)", term.text, term.stem, "\(term.start)..\(term.end)", term.kind, Table.visible(term.original)]
                              })
        return lines.joined(separator: "\n") + "\n"
    }
}
