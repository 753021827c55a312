/// Finds calls to spread a message written as commands ("share!", "sebarin gaes", "tolong bagikan", "teruskan ke
/// grup RT", "wajib baca & share"), raising `spread_command`. The same verbs in a statement ("ASN tidak
/// menyebarkan hoaks", "wajib menyebarkannya dengan dakwah"), with an object ("sebarkan kebaikan") or negated
/// ("jangan ikut sebarin") are left to the `hoax_spread_call` lexicon.
public struct SpreadCallDetector: SignalDetector {
    /// The signal raised.
    public static let signalName = "spread_command"
    private static let verbs: Set<String> = ["sebarkan", "sebarin", "sebar", "share", "bagikan", "bagiin", "teruskan", "forward",
                                             "viralkan", "viralin", "sebarluaskan", "broadcast", "repost", "retweet"]
    private static let urgers: Set<String> = ["tolong", "mohon", "ayo", "yuk", "ayok", "wajib", "harus", "segera", "buruan",
                                              "cepat", "mari", "langsung", "bantu"]
    private static let followers: Set<String> = ["ke", "yuk", "ya", "dong", "guys", "kawan", "saja", "sebanyak", "semua", "luas",
                                                 "sebelum", "biar", "agar", "supaya", "ini", "info", "informasi", "pesan", "deh",
                                                 "lagi", "sekarang", "segera", "dulu", "kawan-kawan", "teman-teman", "semuanya",
                                                 "gaes", "bestie"]
    private static let negations: Set<String> = ["jangan", "tidak", "bukan", "tak", "dilarang", "stop", "berhenti", "tanpa", "usah"]

    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        // The `hoax_spread_call` lexicon lists every spread verb; only the words it found are looked at.
        for (field, finds) in input.fields(withFindsOf: "hoax_spread_call", in: signals) {
            let analysis = field.analysis
            let terms = analysis.terms
            var seen = Set<Int>()
            for signal in finds {
                guard let range = signal.termRange else { continue }
                let index = range.lowerBound
                guard index < terms.count, seen.insert(index).inserted,
                      Self.verbs.contains(terms[index].text) || terms[index].raw.map(Self.verbs.contains) == true else { continue }
                if (max(0, index - 3)..<index).contains(where: { Self.negations.contains(terms[$0].text) }) { continue }
                let urged = (max(0, index - 2)..<index).contains { Self.urgers.contains(terms[$0].text) }
                let next = index + 1 < terms.count ? terms[index + 1] : nil
                let closesSentence = endsSentence(analysis, after: terms[index], next: next)
                let followed = next.map { Self.followers.contains($0.text) } ?? false
                guard urged || closesSentence || followed else { continue }
                signals.add(Signal(name: Self.signalName, score: 0.85, spans: [terms[index].span], termRange: index..<(index + 1),
                                   origin: "detector:spread_call", detail: "command:\(terms[index].text)", field: field.name))
            }
        }
    }

    /// Whether nothing but punctuation, emoji or the end of the text follows the verb before the next word or line.
    private func endsSentence(_ analysis: AnalyzedText, after term: Term, next: Term?) -> Bool {
        let scalars = analysis.originalScalars
        let end = next?.span.start ?? scalars.count
        guard term.span.end <= end else { return false }
        if next == nil { return true }
        return scalars[term.span.end..<end].contains { "!.\n?".unicodeScalars.contains($0) || $0.properties.isEmojiPresentation }
    }
}
