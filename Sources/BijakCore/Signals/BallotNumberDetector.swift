/// Finds ballot numbers in campaign talk: "coblos no 2", "nomor urut 02", "paslon 1", "pilih nomor tiga", and the
/// zero-padded slogans of 2024 ("Gas 02!", "all in 01").
public struct BallotNumberDetector: SignalDetector {
    private static let markers: Set<String> = ["nomor", "no", "nomer", "nmr", "urut", "paslon", "capres", "caleg", "nomo", "calon"]
    /// Slogan words that name a ballot number only before a zero-padded one ("gas 02", "all in 01"): "gas 2 jam" is
    /// everyday talk, while paslon numbers were written 01, 02, 03. Campaign verbs ("coblos", "dukung") are
    /// ElectionDetector's, which checks the number against the election's ballot.
    private static let sloganMarkers: Set<String> = ["gas", "lanjut", "lanjutkan", "in", "kubu", "cuma", "hanya",
                                                      "pendukung", "salam", "pokoknya", "fix"]
    private static let numberWords: [String: Int] = ["satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
                                                     "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10]

    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        for field in input.fields {
            let terms = field.analysis.terms
            for (index, term) in terms.enumerated() {
                let isMarker = Self.markers.contains(term.text)
                guard isMarker || Self.sloganMarkers.contains(term.text)
                        || term.raw.map(Self.sloganMarkers.contains) == true else { continue }
                var next = index + 1
                if isMarker, next < terms.count, terms[next].text == "urut" { next += 1 }
                guard next < terms.count, isMarker || isZeroPadded(terms[next]),
                      let number = ballotNumber(terms[next]), (1...40).contains(number) else { continue }
                signals.add(Signal(name: "ballot_number", score: 1, spans: [term.span.union(terms[next].span)],
                                   termRange: index..<(next + 1), origin: "detector:ballot_number",
                                   detail: "ballot_number:\(number)", field: field.name))
            }
        }
    }

    private func isZeroPadded(_ term: Term) -> Bool {
        term.kind == .number && term.text.count == 2 && term.text.hasPrefix("0") && term.text != "00"
    }

    private func ballotNumber(_ term: Term) -> Int? {
        if term.kind == .number, term.text.count <= 2 { return Int(term.text) }
        return Self.numberWords[term.text]
    }
}
