/// Finds ballot numbers in campaign talk: "coblos no 2", "nomor urut 02", "paslon 1", "pilih nomor tiga".
public struct BallotNumberDetector: SignalDetector {
    private static let markers: Set<String> = ["nomor", "no", "nomer", "nmr", "urut", "paslon", "capres", "caleg", "nomo", "calon"]
    private static let numberWords: [String: Int] = ["satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
                                                     "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10]

    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        for field in input.fields {
            let terms = field.analysis.terms
            for (index, term) in terms.enumerated() where Self.markers.contains(term.text) {
                var next = index + 1
                if next < terms.count, terms[next].text == "urut" { next += 1 }
                guard next < terms.count, let number = ballotNumber(terms[next]), (1...40).contains(number) else { continue }
                signals.add(Signal(name: "ballot_number", score: 1, spans: [term.span.union(terms[next].span)],
                                   termRange: index..<(next + 1), origin: "detector:ballot_number",
                                   detail: "ballot_number:\(number)", field: field.name))
            }
        }
    }

    private func ballotNumber(_ term: Term) -> Int? {
        if term.kind == .number, term.text.count <= 2 { return Int(term.text) }
        return Self.numberWords[term.text]
    }
}
