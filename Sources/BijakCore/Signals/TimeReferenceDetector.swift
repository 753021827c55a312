/// Finds clock times in a post ("jam 3", "pukul 02.30", "07.00-13.00", "jam 3an"), raising `time_reference`.
/// Relative days ("besok subuh", "malam ini") come from the `time_reference` lexicon. A security operation with
/// a time is a schedule that must not be published.
public struct TimeReferenceDetector: SignalDetector {
    /// The signal raised (shared with the `time_reference` lexicon).
    public static let signalName = "time_reference"
    private static let clockWords: Set<String> = ["jam", "pukul", "pkl"]

    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        for field in input.fields {
            let terms = field.analysis.terms
            for index in terms.indices {
                guard let first = terms[index].text.utf8.first else { continue }
                var range: Range<Int>?
                if (48...57).contains(first) {
                    if Self.isClockTime(terms[index].text) { range = index..<(index + 1) }
                } else if first == UInt8(ascii: "j") || first == UInt8(ascii: "p"), Self.clockWords.contains(terms[index].text),
                          index + 1 < terms.count, Self.isHour(terms[index + 1].text) {
                    range = index..<(index + 2)
                }
                guard let range else { continue }
                let span = terms[range.lowerBound].span.union(terms[range.upperBound - 1].span)
                signals.add(Signal(name: Self.signalName, score: 0.9, spans: [span], termRange: range,
                                   origin: "detector:time_reference", detail: "clock:\(terms[range.upperBound - 1].text)",
                                   field: field.name))
            }
        }
    }

    /// "07.00", "7:30", "19.00-07.00", "02.30wib".
    static func isClockTime(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 4, bytes.count <= 16 else { return false }
        var hour = 0, hourDigits = 0, minute = 0, minuteDigits = 0, sawSeparator = false
        for byte in bytes {
            if (48...57).contains(byte) {
                if sawSeparator { minute = minute * 10 + Int(byte - 48); minuteDigits += 1 } else { hour = hour * 10 + Int(byte - 48); hourDigits += 1 }
            } else if !sawSeparator, byte == 46 || byte == 58 {
                sawSeparator = true
            } else {
                break
            }
            // "10.000" and "3.14159" are numbers, not times.
            if minuteDigits > 2 { return false }
        }
        return (1...2).contains(hourDigits) && minuteDigits == 2 && hour <= 24 && minute < 60
    }

    /// "3", "03", "3an", "11an", "02.30".
    static func isHour(_ text: String) -> Bool {
        if isClockTime(text) { return true }
        var digits = text
        if digits.hasSuffix("an") { digits.removeLast(2) }
        guard let hour = Int(digits), digits.count <= 2 else { return false }
        return (0...24).contains(hour)
    }
}
