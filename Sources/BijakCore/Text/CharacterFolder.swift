import Foundation

/// Folds characters so that disguised words look like plain ones: compatibility forms (NFKC), case,
/// accents, invisible and bidi characters, look-alike letters and decorative obfuscation (𝓫𝓪𝓫𝓲, ⓑⓐⓑⓘ, b̾a̾b̾i̾).
///
/// Folding works scalar by scalar and records where each output scalar came from, so that evidence spans point
/// into the original text. Idempotent: folding folded text changes nothing.
public struct CharacterFolder: Sendable {
    /// Obfuscating sequences (one to a few scalars) and their plain replacements.
    private let obfuscation: [String: String]
    private let longestKey: Int

    /// Creates a folder with an obfuscation map (sequence -> plain text), such as
    /// `unicode-obfuscation-map.json`.
    public init(obfuscationMap: [String: String]) {
        var map: [String: String] = [:]
        var longest = 1
        for (key, value) in obfuscationMap where !key.isEmpty {
            map[key] = value
            longest = max(longest, key.unicodeScalars.count)
        }
        obfuscation = map
        longestKey = longest
    }

    /// Folds `text`.
    public func fold(_ text: String) -> FoldedText {
        if let ascii = foldASCIIOnly(text) { return ascii }
        let source = Array(text.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        var origin: [Int32] = []
        var upper: [Bool] = []
        scalars.reserveCapacity(source.count)
        origin.reserveCapacity(source.count)
        upper.reserveCapacity(source.count)

        func emit(_ scalar: Unicode.Scalar, from index: Int, wasUpper: Bool) {
            scalars.append(scalar)
            origin.append(Int32(truncatingIfNeeded: index))
            upper.append(wasUpper)
        }

        var index = 0
        while index < source.count {
            let scalar = source[index]
            let nextIsASCII = index + 1 >= source.count || source[index + 1].isASCII
            if scalar.isASCII && nextIsASCII {
                foldASCII(scalar, at: index, emit: emit)
                index += 1
                continue
            }
            if let (replacement, length) = obfuscationMatch(in: source, at: index) {
                for plain in replacement.unicodeScalars {
                    foldASCII(plain, at: index, emit: emit)
                }
                index += length
                continue
            }
            if scalar.isASCII {
                foldASCII(scalar, at: index, emit: emit)
            } else if ScalarClass.isIgnorable(scalar) {
                // dropped
            } else if let lookalike = ScalarClass.homoglyphs[scalar.value] {
                emit(lookalike, from: index, wasUpper: false)
            } else if ScalarClass.isEmoji(scalar) {
                emit(scalar, from: index, wasUpper: false)
            } else {
                for folded in Self.compatibilityFold(scalar) {
                    if let lookalike = ScalarClass.homoglyphs[folded.scalar.value] {
                        emit(lookalike, from: index, wasUpper: folded.wasUpper)
                    } else {
                        emit(folded.scalar, from: index, wasUpper: folded.wasUpper)
                    }
                }
            }
            index += 1
        }
        return FoldedText(scalars: scalars, origin: origin, wasUppercase: upper, original: source)
    }

    /// The common case, text that is entirely ASCII, in one tight loop over its bytes.
    private func foldASCIIOnly(_ text: String) -> FoldedText? {
        var text = text
        return text.withUTF8 { bytes -> FoldedText? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var source: [Unicode.Scalar] = []
            var scalars: [Unicode.Scalar] = []
            var origin: [Int32] = []
            var upper: [Bool] = []
            source.reserveCapacity(bytes.count)
            scalars.reserveCapacity(bytes.count)
            origin.reserveCapacity(bytes.count)
            upper.reserveCapacity(bytes.count)
            for (index, byte) in bytes.enumerated() {
                source.append(Unicode.Scalar(byte))
                if byte >= 0x41 && byte <= 0x5A {
                    scalars.append(Unicode.Scalar(byte + 0x20))
                    upper.append(true)
                } else if byte < 0x20 || byte == 0x7F {
                    guard byte == 0x09 || byte == 0x0A || byte == 0x0D else { continue }
                    scalars.append(" ")
                    upper.append(false)
                } else {
                    scalars.append(Unicode.Scalar(byte))
                    upper.append(false)
                }
                origin.append(Int32(truncatingIfNeeded: index))
            }
            return FoldedText(scalars: scalars, origin: origin, wasUppercase: upper, original: source)
        }
    }

    private func foldASCII(_ scalar: Unicode.Scalar, at index: Int,
                           emit: (Unicode.Scalar, Int, Bool) -> Void) {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A {
            emit(Unicode.Scalar(value + 0x20)!, index, true)
        } else if value < 0x20 || value == 0x7F {
            if ScalarClass.isLineBreakOrTab(scalar) { emit(" ", index, false) }
        } else {
            emit(scalar, index, false)
        }
    }

    private func obfuscationMatch(in source: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        let maximum = min(longestKey, source.count - index)
        guard maximum > 0 else { return nil }
        for length in stride(from: maximum, through: 1, by: -1) {
            var key = String.UnicodeScalarView()
            key.append(contentsOf: source[index..<(index + length)])
            if let replacement = obfuscation[String(key)] { return (replacement, length) }
        }
        return nil
    }

    /// NFKC compatibility decomposition, case folding and accent removal for one non-ASCII scalar.
    static func compatibilityFold(_ scalar: Unicode.Scalar) -> [(scalar: Unicode.Scalar, wasUpper: Bool)] {
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping
        var result: [(Unicode.Scalar, Bool)] = []
        for part in decomposed.unicodeScalars where !ScalarClass.isIgnorable(part) {
            let isUpper = part.properties.isUppercase
            let lowered = part.properties.lowercaseMapping
            for lower in lowered.unicodeScalars where !ScalarClass.isIgnorable(lower) {
                // Lower-casing can yield a decomposable scalar again (rare); decompose it once more.
                for final in String(lower).decomposedStringWithCompatibilityMapping.unicodeScalars
                    where !ScalarClass.isIgnorable(final) {
                    result.append((final, isUpper))
                }
            }
        }
        return result
    }
}
