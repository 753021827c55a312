/// Finds how thinly something is guarded: "cuma 4 org per regu", "cuma dijaga 1 orang", "pengawalan 2 mobil
/// doang", raising `guard_headcount`. A count of people or cars counts only with a guarding word nearby, so
/// "cuma 3 orang peserta" means nothing; rules also want a facility word.
public struct HeadcountDetector: SignalDetector {
    /// The signal raised.
    public static let signalName = "guard_headcount"
    private static let limiters: Set<String> = ["cuma", "hanya", "tinggal", "sisa", "cuman", "kurang"]
    private static let trailingLimiters: Set<String> = ["saja", "doang", "aja"]
    private static let units: Set<String> = ["orang", "personel", "petugas", "anggota", "penjaga", "regu", "mobil", "ssk",
                                             "sipir", "pengawal", "unit", "kendaraan"]
    private static let numberWords: Set<String> = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                                                   "sembilan", "sepuluh", "seorang", "beberapa"]
    /// Units that are people on guard by themselves; "orang" or "mobil" need a guarding word nearby.
    private static let guardUnits: Set<String> = ["personel", "petugas", "penjaga", "sipir", "pengawal", "ssk", "regu"]
    private static let guardWords: Set<String> = ["jaga", "dijaga", "menjaga", "penjagaan", "berjaga", "kawal", "dikawal",
                                                  "pengawalan", "mengawal", "piket", "patroli", "pos", "regu", "shift", "pengamanan"]

    /// Creates the detector.
    public init() {}

    /// Lexicon signals one of which must be present for a headcount to matter (rules ask for one nearby).
    static let contexts = ["facility_context", "security_operation", "security_object"]

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        guard Self.contexts.contains(where: { signals.strength(of: $0) > 0 }) else { return }
        for field in input.fields {
            let terms = field.analysis.terms
            var index = 0
            while index + 2 < terms.count + 1 {
                guard index + 1 < terms.count, isCount(terms[index]), Self.units.contains(terms[index + 1].text) else {
                    index += 1
                    continue
                }
                // "cuma 4 orang", "cuma dijaga 1 orang", "2 mobil doang".
                let limiter = (max(0, index - 2)..<index).last { Self.limiters.contains(terms[$0].text) }
                let after = index + 2 < terms.count && Self.trailingLimiters.contains(terms[index + 2].text)
                let guarding = Self.guardUnits.contains(terms[index + 1].text)
                    || (max(0, index - 4)..<min(terms.count, index + 6)).contains { Self.guardWords.contains(terms[$0].text) || Self.guardWords.contains(terms[$0].stem) }
                if (limiter != nil || after), guarding {
                    let start = limiter ?? index
                    let end = after ? index + 3 : index + 2
                    let span = terms[start].span.union(terms[end - 1].span)
                    signals.add(Signal(name: Self.signalName, score: 0.7, spans: [span], termRange: start..<end,
                                       origin: "detector:headcount", detail: "headcount:\(terms[index].text) \(terms[index + 1].text)",
                                       field: field.name))
                }
                index += 2
            }
        }
    }

    private func isCount(_ term: Term) -> Bool {
        if term.kind == .number { return term.text.count <= 3 }
        return Self.numberWords.contains(term.text)
    }
}
