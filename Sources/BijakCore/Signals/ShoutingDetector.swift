/// Finds the shouting style of chain messages: runs of exclamation marks and words in capitals
/// ("SEBARKAN!!!", "PENTING!!").
public struct ShoutingDetector: SignalDetector {
    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        guard let field = input.fields.first else { return }
        let scalars = field.analysis.originalScalars
        var spans: [TextSpan] = []
        var index = 0
        var capitalWords = 0
        var words = 0
        while index < scalars.count {
            if scalars[index] == "!" {
                var end = index
                while end < scalars.count, scalars[end] == "!" || scalars[end] == "1" { end += 1 }
                if end - index >= 2 { spans.append(TextSpan(start: index, end: end)) }
                index = end
                continue
            }
            if Self.isLetter(scalars[index]) {
                var end = index
                var upper = 0
                while end < scalars.count, Self.isLetter(scalars[end]) {
                    if Self.isUppercase(scalars[end]) { upper += 1 }
                    end += 1
                }
                words += 1
                if end - index >= 4, upper == end - index {
                    capitalWords += 1
                    spans.append(TextSpan(start: index, end: end))
                }
                index = end
                continue
            }
            index += 1
        }
        guard !spans.isEmpty else { return }
        let marks = spans.count - capitalWords
        let capitalShare = words > 0 ? Double(capitalWords) / Double(words) : 0
        let score = min(1, 0.35 * Double(min(marks, 2)) + (capitalShare >= 0.5 ? 0.5 : Double(min(capitalWords, 2)) * 0.2))
        guard score >= 0.3 else { return }
        signals.add(Signal(name: "shouting", score: score, spans: spans.sorted(), origin: "detector:shouting", detail: "shouting"))
    }

    // ASCII first: Unicode property look-ups cost far more than the comparison, and most text is ASCII.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ScalarClass.isASCIILetter(scalar) }
        return scalar.properties.isAlphabetic
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }
}
