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
        /// Whether a negation before the phrase weakens it (decided once, not per match).
        var negatable: Bool
        /// The signal's index in the engine's registry, when the rules use it.
        var slot: Int?
        /// For a phrase stored in two readings (as written and with slang mapped), the index of the first reading:
        /// both may match the same words, which must count once.
        var entryIndex: Int?
    }

    private let automaton: PhraseAutomaton
    private let patterns: [PatternInfo]
    private let negations: Set<String>
    private let analyzer: TextAnalyzer

    /// Signals that a preceding negation does not weaken: they are themselves about negating or reporting.
    private static let negationExempt: Set<String> = ["negation", "hoax_debunk", "counter_speech", "civic_neutral", "reporting",
                                                      // Things and topics: "gak kejangkau kamera" still names a camera; extortion is written as a condition
                                                      // ("kalau nggak mau fotomu tersebar").
                                                      "security_object", "security_operation", "security_weakness", "facility_context",
                                                      "time_reference", "favour_service", "official_role", "candidate_role", "extremist_topic", "extortion",
                                                      "rule_reminder"]
    /// How much a negated phrase still counts.
    static let negatedFactor = 0.3

    /// Builds the automaton from the rulebook's lexicons; with the engine's `registry` matches are stored by index.
    public init(lexicons: [String: [LexiconEntry]], analyzer: TextAnalyzer, registry: SignalRegistry? = nil) {
        var phrases: [[String]] = []
        var infos: [PatternInfo] = []
        for signal in lexicons.keys.sorted() {
            // Phrases already listed in the reading the text will have ("nkri harga mati" next to "negara kesatuan
            // republik indonesia harga mati") need no second reading: the same words would count twice.
            let entries = lexicons[signal] ?? []
            let written = entries.map { analyzer.analyze($0.phrase, mapSlang: false).terms.map(\.text) }
            var listed = Set(written)
            for (entry, words) in zip(entries, written) {
                guard !words.isEmpty else { continue }
                // The origin string is built once here, not once per match.
                var info = PatternInfo(signal: signal, weight: entry.weight, phrase: words.joined(separator: " "),
                                       origin: "lexicon:\(signal)", negatable: !Self.negationExempt.contains(signal),
                                       slot: registry?.index(of: signal))
                // A word the slang map expands into several ("asn" -> "aparatur sipil negara") no longer sits at one
                // position of the text, so the phrase is also stored as the text will read. One-word mappings are
                // left alone: "aseng" must not come to match every "asing".
                let mapped = analyzer.analyze(entry.phrase, mapSlang: true).terms.map(\.text)
                let twoReadings = mapped.count != words.count && !mapped.isEmpty && listed.insert(mapped).inserted
                if twoReadings { info.entryIndex = infos.count }
                phrases.append(words)
                infos.append(info)
                if twoReadings {
                    phrases.append(mapped)
                    infos.append(info)
                }
            }
        }
        automaton = PhraseAutomaton(patterns: phrases)
        self.analyzer = analyzer
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
            let matches = automaton.matches(in: terms.map(forms))
            var matchedReadings: [(entry: Int, start: Int, end: Int)] = []
            for match in matches {
                let info = patterns[match.pattern]
                if let entry = info.entryIndex {
                    let spanStart = terms[match.start].span.start, spanEnd = terms[match.end - 1].span.end
                    if matchedReadings.contains(where: { $0 == (entry, spanStart, spanEnd) }) { continue }
                    matchedReadings.append((entry, spanStart, spanEnd))
                }
                var weight = info.weight
                if info.negatable, isNegated(terms, before: match.start, in: field.analysis) {
                    weight *= Self.negatedFactor
                }
                let span = terms[match.start].span.union(terms[match.end - 1].span)
                signals.add(Signal(name: info.signal, score: weight, spans: [span], termRange: match.start..<match.end,
                                   origin: info.origin, detail: info.phrase, field: field.name), registryIndex: info.slot)
            }
        }
    }

    /// The forms a term offers, plus, for a word doubled with "2" ("diinjek2", "dirobek2": "diinjak-injak"), the
    /// forms of the word without it. Only such rare words pay for a second analysis.
    private func forms(_ term: Term) -> [String] {
        if term.kind == .word, term.text.utf8.count >= 7, term.text.hasSuffix("nya") {
            // The possessive "-nya" ("chip pelacaknya", "gemboknya") hides the word from phrases that name it; the
            // stemmer's form strips prefixes too ("pelacak" -> "lacak"), which phrases do not.
            let bare = String(term.text.dropLast(3))
            return term.forms.contains(bare) ? term.forms : term.forms + [bare]
        }
        guard term.kind == .word, term.text.utf8.last == UInt8(ascii: "2"), term.text.utf8.count >= 4 else { return term.forms }
        let base = String(term.text.dropLast())
        guard base.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
              let single = analyzer.analyze(base).terms.first else { return term.forms }
        return term.forms + single.forms.filter { !term.forms.contains($0) }
    }

    /// A negation one or two words before the phrase, in the same clause ("jangan sebarkan" is negated; in "blm
    /// dirilis, sebarin" the comma ends the negation's reach).
    private func isNegated(_ terms: [Term], before start: Int, in analysis: AnalyzedText) -> Bool {
        for offset in 1...2 where start - offset >= 0 {
            let term = terms[start - offset]
            guard negations.contains(term.text) || term.raw.map(negations.contains) == true else { continue }
            // "jangan lupa coblos" / "tidak lupa berbagi" urge the act rather than negate it.
            if offset == 2, terms[start - 1].text == "lupa" { return false }
            let scalars = analysis.originalScalars
            let gapStart = min(term.span.end, scalars.count)
            let gapEnd = max(gapStart, min(terms[start].span.start, scalars.count))
            return !scalars[gapStart..<gapEnd].contains(where: { ".,;:!?\n".unicodeScalars.contains($0) })
        }
        return false
    }
}
