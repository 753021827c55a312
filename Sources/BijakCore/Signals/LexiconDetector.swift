/// Finds every lexicon phrase in a post with one Aho-Corasick automaton over normalised words and their stems.
///
/// Phrases are normalised by the same pipeline as posts, so a phrase written "bgt" or "b4bi" matches whatever
/// the pipeline makes of it. A phrase right after a negation ("jangan sebarkan", "tidak benci") counts for less.
public struct LexiconDetector: SignalDetector {
    struct PatternInfo: Sendable {
        var signal: String
        var weight: Double
        var phrase: String
        var origin: String
    }

    private let automaton: PhraseAutomaton
    private let patterns: [PatternInfo]
    private let negations: Set<String>

    /// Signals that a preceding negation does not weaken: they are themselves about negating or reporting.
    private static let negationExempt: Set<String> = ["negation", "hoax_debunk", "counter_speech", "civic_neutral", "reporting"]
    /// How much a negated phrase still counts.
    static let negatedFactor = 0.3

    /// Builds the automaton from the rulebook's lexicons.
    public init(lexicons: [String: [LexiconEntry]], analyzer: TextAnalyzer) {
        var phrases: [[String]] = []
        var infos: [PatternInfo] = []
        for signal in lexicons.keys.sorted() {
            for entry in lexicons[signal] ?? [] {
                let words = analyzer.analyze(entry.phrase, mapSlang: false).terms.map(\.text)
                guard !words.isEmpty else { continue }
                phrases.append(words)
                // The origin string is built once here, not once per match.
                infos.append(PatternInfo(signal: signal, weight: entry.weight, phrase: words.joined(separator: " "),
                                         origin: "lexicon:\(signal)"))
            }
        }
        automaton = PhraseAutomaton(patterns: phrases)
        patterns = infos
        // Only one-word entries negate a following phrase: splitting "sama sekali tidak" into words would make
        // "sama" and "sekali" negators.
        var negationWords = Set<String>()
        for entry in lexicons["negation"] ?? [] {
            for mapped in [true, false] {
                let terms = analyzer.analyze(entry.phrase, mapSlang: mapped).terms
                if terms.count == 1 { negationWords.insert(terms[0].text) }
            }
        }
        negations = negationWords
    }

    /// The number of phrases in the automaton.
    public var phraseCount: Int { patterns.count }

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        for field in input.fields {
            let terms = field.analysis.terms
            guard !terms.isEmpty else { continue }
            let matches = automaton.matches(in: terms.map(\.forms))
            for match in matches {
                let info = patterns[match.pattern]
                var weight = info.weight
                if !Self.negationExempt.contains(info.signal), isNegated(terms, before: match.start, in: field.analysis) {
                    weight *= Self.negatedFactor
                }
                let span = terms[match.start].span.union(terms[match.end - 1].span)
                signals.add(Signal(name: info.signal, score: weight, spans: [span], termRange: match.start..<match.end,
                                   origin: info.origin, detail: info.phrase, field: field.name))
            }
        }
    }

    /// A negation one or two words before the phrase, in the same clause ("jangan sebarkan" is negated; in "blm
    /// dirilis, sebarin" the comma ends the negation's reach).
    private func isNegated(_ terms: [Term], before start: Int, in analysis: AnalyzedText) -> Bool {
        for offset in 1...2 where start - offset >= 0 {
            let term = terms[start - offset]
            guard negations.contains(term.text) || term.raw.map(negations.contains) == true else { continue }
            let scalars = analysis.originalScalars
            let gapStart = min(term.span.end, scalars.count)
            let gapEnd = max(gapStart, min(terms[start].span.start, scalars.count))
            return !scalars[gapStart..<gapEnd].contains(where: { ".,;:!?\n".unicodeScalars.contains($0) })
        }
        return false
    }
}
