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

    struct SignalRow: Encodable {
        var name: String
        /// The name's combined strength.
        var strength: Double
        var score: Double
        var origin: String
        var detail: String?
        var start: Int?
        var end: Int?
        /// The original characters (masked for personal identifiers).
        var text: String?
    }

    var normalized: String
    var tokens: [TokenRow]
    var terms: [TermRow]
    /// Every signal the post raises before rules are applied.
    var signals: [SignalRow]

    init(_ analysis: AnalyzedText, signals set: SignalSet? = nil) {
        signals = (set?.names ?? []).flatMap { name in
            set!.instances(of: name).map { signal in
                SignalRow(name: name, strength: (set!.strength(of: name) * 1000).rounded() / 1000,
                          score: (signal.score * 1000).rounded() / 1000, origin: signal.origin,
                          detail: signal.maskedText == nil ? signal.detail : nil, start: signal.spans.first?.start,
                          end: signal.spans.first?.end,
                          text: signal.maskedText ?? (signal.field == "text" ? signal.spans.first.map(analysis.excerpt) : nil))
            }
        }
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
        lines += ["", "Sinyal / Signals:"]
        lines += Table.render(header: ["sinyal/signal", "kekuatan/strength", "skor/score", "asal/origin", "rentang/span", "bukti/evidence"],
                              rows: signals.map { row in
                                  [row.name, String(format: "%.2f", row.strength), String(format: "%.2f", row.score), row.origin,
                                   row.start.map { "\($0)..\(row.end ?? $0)" } ?? "", Table.visible(row.text ?? row.detail ?? "")]
                              })
        return lines.joined(separator: "\n") + "\n"
    }
}
