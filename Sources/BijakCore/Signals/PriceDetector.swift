/// Finds amounts of money ("50rb", "2jt", "15 juta", "Rp 500.000", "20k"), raising `price_mention`. A favour
/// offered with a price is how position misuse and extortion are written; rules combine it with those words.
public struct PriceDetector: SignalDetector {
    /// The signal raised.
    public static let signalName = "price_mention"
    private static let unitWords: Set<String> = ["ribu", "juta", "jt", "rb", "miliar", "milyar", "perak"]

    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        for field in input.fields {
            let terms = field.analysis.terms
            for index in terms.indices {
                // Most words start with a letter other than "r"/"i": one byte decides (no copy of the term).
                guard let first = terms[index].text.utf8.first, (48...57).contains(first) || first == UInt8(ascii: "r")
                        || first == UInt8(ascii: "i") else { continue }
                let text = terms[index].text
                var end: Int?
                if (48...57).contains(first) {
                    if Self.isAmountWord(text) {
                        end = index + 1
                    } else if index + 1 < terms.count, text.utf8.allSatisfy({ (48...57).contains($0) || $0 == 46 || $0 == 44 }),
                              Self.unitWords.contains(terms[index + 1].text) {
                        end = index + 2
                    }
                } else if text == "rp" || text == "idr", index + 1 < terms.count,
                          terms[index + 1].text.utf8.first.map({ (48...57).contains($0) }) == true {
                    end = index + 2
                }
                guard let end else { continue }
                let span = terms[index].span.union(terms[end - 1].span)
                signals.add(Signal(name: Self.signalName, score: 0.8, spans: [span], termRange: index..<end,
                                   origin: "detector:price", detail: "price:\(terms[index..<end].map(\.text).joined(separator: " "))",
                                   field: field.name))
            }
        }
    }

    /// "50rb", "2jt", "150jt", "20k", "50000" or "200.000" (what the slang map makes of "50rb"), "100rb/jam".
    static func isAmountWord(_ text: String) -> Bool {
        let written = text.prefix { $0.isNumber || $0 == "." || $0 == "," }
        let digits = written.filter(\.isNumber)
        guard !digits.isEmpty, digits.count <= 10, written.first?.isNumber == true else { return false }
        let rest = text.dropFirst(written.count).split(separator: "/").first.map(String.init) ?? ""
        if rest.isEmpty { return digits.count >= 5 && digits.hasSuffix("000") && digits.first != "0" }
        return ["ribu", "rb", "jt", "juta", "k", "miliar", "m"].contains(rest)
    }
}
