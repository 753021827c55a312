/// Finds online-gambling site names by their shape, including ones no list has yet: a name of letters ending in the
/// suffixes such sites use ("pandoratoto", "sultan88", "hoki777", "gacor303"), also written with digits for letters
/// ("p4ndor4toto"). It raises `gambling`, the same signal as the gambling lexicon's listed site names, at a strength
/// that reaches review on its own.
public struct GamblingSiteDetector: SignalDetector {
    /// Suffixes of site names. Ones that end ordinary words or given names ("bet": alfabet, Tebet; "win": Erwin)
    /// are left out.
    private static let letterSuffixes = ["toto", "slot", "gacor", "maxwin", "qq"]
    private static let digitSuffixes: Set<String> = ["88", "77", "777", "99", "303", "4d", "168", "138", "365"]
    /// Digits people put in place of letters.
    private static let leet: [Character: Character] = ["4": "a", "0": "o", "1": "i", "3": "e", "5": "s", "7": "t"]

    /// Last bytes (lower-cased) a site name can end in: a digit, or the last letter of a letter suffix.
    private static let possibleLastBytes: Set<UInt8> = Set("0123456789otrnqd".utf8)

    /// The signal's strength: a shape alone is evidence for review, not certainty.
    static let strength = 0.6

    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        for field in input.fields {
            for (index, term) in field.analysis.terms.enumerated() where term.kind == .word || term.kind == .number {
                let written = term.raw ?? term.text
                // Most words end in none of the suffixes' last characters: one byte decides, with no copy.
                guard written.utf8.count >= 6, let last = written.utf8.last, Self.possibleLastBytes.contains(last | 0x20),
                      let site = Self.siteName(written) else { continue }
                signals.add(Signal(name: "gambling", score: Self.strength, spans: [term.span], termRange: index..<(index + 1),
                                   origin: "detector:gambling_site", detail: "site:\(site)", field: field.name))
            }
        }
    }

    /// The site name `word` reads as, or nil when it does not have a site name's shape.
    static func siteName(_ word: String) -> String? {
        let lower = word.lowercased()
        guard lower.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        // Digit suffixes first: "sultan88" keeps its digits; the letters before them must be letters as written.
        let trailingDigits = String(lower.reversed().prefix { $0.isNumber }.reversed())
        let stem = lower.dropLast(trailingDigits.count)
        if !trailingDigits.isEmpty || lower.hasSuffix("4d") {
            let suffix = lower.hasSuffix("4d") ? "4d" : trailingDigits
            let letters = lower.dropLast(suffix.count)
            guard Self.digitSuffixes.contains(suffix), letters.count >= 3, letters.allSatisfy(\.isLetter) else { return nil }
            return lower
        }
        let readable = String(stem.map { Self.leet[$0] ?? $0 })
        guard readable.allSatisfy(\.isLetter) else { return nil }
        // "aseeqqqq" is a drawn-out word, not "asee" + "qq".
        for suffix in Self.letterSuffixes where readable.hasSuffix(suffix) && readable.count - suffix.count >= 3
            && !readable.dropLast(suffix.count).hasSuffix(String(suffix.last!)) {
            return readable
        }
        return nil
    }
}
