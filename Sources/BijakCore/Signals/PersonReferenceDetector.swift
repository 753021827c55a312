/// Finds references to a specific person: @mentions and honorific + name ("pak Budi", "bu Kalapas").
public struct PersonReferenceDetector: SignalDetector {
    private static let honorifics: Set<String> = ["pak", "bapak", "bu", "ibu", "mas", "mbak", "bang", "abang", "kak", "saudara", "sdr", "si", "sdri", "saudari",
                                                      "dokter", "dr", "ustadz", "ustaz", "ustad", "kyai", "kiai", "camat", "lurah", "prof",
                                                      // "H. Darmawan", "Hj. Siti": the pilgrim's title that candidates' names carry.
                                                      "h", "hj", "haji", "hajjah"]

    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        for field in input.fields {
            let analysis = field.analysis
            let terms = analysis.terms
            for (index, term) in terms.enumerated() {
                if term.kind == .mention, term.text != "user" {
                    signals.add(Signal(name: "person_reference", score: 0.9, spans: [term.span], termRange: index..<(index + 1),
                                       origin: "detector:person_reference", detail: "@\(term.text)", field: field.name))
                } else if Self.honorifics.contains(term.text), index + 1 < terms.count, terms[index + 1].kind == .word,
                          startsWithCapital(analysis, terms[index + 1].span) {
                    let span = term.span.union(terms[index + 1].span)
                    signals.add(Signal(name: "person_reference", score: 0.8, spans: [span], termRange: index..<(index + 2),
                                       origin: "detector:person_reference", detail: terms[index + 1].text, field: field.name))
                }
            }
        }
    }

    private func startsWithCapital(_ analysis: AnalyzedText, _ span: TextSpan) -> Bool {
        guard span.start < analysis.originalScalars.count else { return false }
        return analysis.originalScalars[span.start].properties.isUppercase
    }
}
