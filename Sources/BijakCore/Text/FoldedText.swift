/// Text after character folding, with a map back to the original scalars.
///
/// `scalars[k]` came from original scalar `origin[k]`; one original scalar can yield several folded ones
/// ("ﬁ" -> "f", "i") and many can yield none (zero-width characters), but the map always points back, so every
/// span found in folded text can be shown in the text the user wrote.
public struct FoldedText: Sendable {
    /// The folded scalars: lower case, no invisible characters, compatibility forms and look-alikes resolved.
    public var scalars: [Unicode.Scalar]
    /// For each folded scalar, the index of the original scalar it came from.
    public var origin: [Int32]
    /// The case of each folded scalar in the original (for splitting #CamelCaseHashtags).
    public var wasUppercase: [Bool]
    /// The original text's scalars (kept so that later stages need not split the text again).
    public var original: [Unicode.Scalar]
    /// Number of scalars in the original text.
    public var originalCount: Int { original.count }

    /// The original span covered by folded scalars `range`.
    public func originalSpan(of range: Range<Int>) -> TextSpan {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= origin.count else {
            let position = range.lowerBound < origin.count && range.lowerBound >= 0 ? Int(origin[range.lowerBound]) : originalCount
            return TextSpan(start: position, end: position)
        }
        return TextSpan(start: Int(origin[range.lowerBound]), end: Int(origin[range.upperBound - 1]) + 1)
    }

    /// The folded scalars of `range` as a string.
    public func string(_ range: Range<Int>) -> String {
        // Most words are ASCII: building from bytes is several times faster than appending scalars.
        if scalars[range].allSatisfy(\.isASCII) {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                for (offset, scalar) in scalars[range].enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: scalar.value) }
                return range.count
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range])
        return String(result)
    }
}
