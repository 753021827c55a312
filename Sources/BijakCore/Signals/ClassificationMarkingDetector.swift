/// Finds classification markings used as a document's label ("SANGAT RAHASIA", "Sifat: Rahasia",
/// "Klasifikasi: TERBATAS", "R A H A S I A", "KONFIDENSIAL"), as opposed to the everyday word ("rahasia sukses",
/// "promo terbatas").
///
/// A marking counts when it is written in capitals as a label, or follows a classification cue such as `sifat`,
/// `klasifikasi` or `bersifat`. "TERBATAS" in capitals is also an advertising word, so it needs a cue or a document
/// word (`surat`, `dokumen`, `telegram`, ...) just before it. A post written entirely in capitals proves nothing by
/// its capitals: there the marking must open a line or follow a cue.
public struct ClassificationMarkingDetector: SignalDetector {
    /// The signal raised (shared with the `classification_marking` lexicon).
    public static let signalName = "classification_marking"

    private static let markings: Set<String> = ["rahasia", "konfidensial", "confidential", "terbatas"]
    private static let cues: Set<String> = ["sifat", "bersifat", "klasifikasi", "derajat", "kategori", "status"]
    private static let documentWords: Set<String> = ["surat", "dokumen", "nota", "telegram", "st", "laporan", "berkas",
                                                     "data", "informasi", "info", "rapat", "notulen", "memo", "arsip", "yang"]

    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        // The `classification_marking` lexicon lists the marking words; only the words it found are looked at.
        for (field, finds) in input.fields(withFindsOf: Self.signalName, in: signals) {
            let analysis = field.analysis
            let terms = analysis.terms
            var seen = Set<Int>()
            var mostlyCapitals: Bool?
            for signal in finds {
                guard let range = signal.termRange else { continue }
                for index in range where index < terms.count && terms[index].kind == .word && Self.markings.contains(terms[index].text) {
                    guard seen.insert(index).inserted else { continue }
                    let term = terms[index]
                    let previous = index > 0 ? terms[index - 1].text : ""
                    let beforePrevious = index > 1 ? terms[index - 2].text : ""
                    let cued = Self.cues.contains(previous) || Self.cues.contains(beforePrevious) || previous == "sangat"
                    let capitals = Self.isCapitalised(analysis.excerpt(term.span))
                    let opensLine = Self.opensLine(analysis.originalScalars, at: term.span.start)
                    let isLabel: Bool
                    if term.text == "terbatas" {
                        isLabel = cued || (capitals && (Self.documentWords.contains(previous) || Self.documentWords.contains(beforePrevious) || opensLine))
                    } else {
                        if mostlyCapitals == nil { mostlyCapitals = Self.capitalShare(analysis.originalScalars) > 0.6 }
                        // In a post written in capitals a marking must stand on its own line ("SANGAT RAHASIA\nNota
                        // dinas"); "RAHASIA SUKSES JUALAN" is a headline.
                        isLabel = cued || (capitals && (mostlyCapitals == false
                            || (opensLine && Self.standsAlone(analysis.originalScalars, after: term.span.end))))
                    }
                    guard isLabel else { continue }
                    let start = previous == "sangat" ? index - 1 : index
                    signals.add(Signal(name: Self.signalName, score: 1, spans: [terms[start].span.union(term.span)],
                                       termRange: start..<(index + 1), origin: "detector:classification_marking",
                                       detail: "marking:\(term.text)", field: field.name))
                }
            }
        }
    }

    /// Whether every letter of `text` is a capital (a spelled-out "R A H A S I A" counts).
    static func isCapitalised(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 4
    }

    /// Whether only spaces or list marks stand between the start of the line and `position`.
    static func opensLine(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        var index = min(position, scalars.count) - 1
        while index >= 0 {
            let scalar = scalars[index]
            if scalar == "\n" { return true }
            if scalar == " " || scalar == "\t" || scalar == "*" || scalar == "-" || scalar == "[" || scalar == "(" { index -= 1; continue }
            return false
        }
        return true
    }

    /// Whether the marking ends its line or is followed by a separator (":", "-", "|", "/", ".").
    static func standsAlone(_ scalars: [Unicode.Scalar], after position: Int) -> Bool {
        var index = position
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count else { return true }
        return "\n:-|/.".unicodeScalars.contains(scalars[index])
    }

    private static func capitalShare(_ scalars: [Unicode.Scalar]) -> Double {
        var letters = 0, upper = 0
        for scalar in scalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isUppercase { upper += 1 }
        }
        return letters == 0 ? 0 : Double(upper) / Double(letters)
    }
}
