import Foundation

/// The text normalisation a model was trained with, stored by name in the model file so that inference always
/// normalises exactly as training did.
///
/// `fallback-v1` is the model layer's own normaliser, written before the engine's shared normaliser existed:
/// it undoes the tricks that matter for bag-of-n-gram models and nothing that needs a dictionary.
public struct ModelTextNormalizer: Sendable, Codable, Equatable {
    /// The normaliser's identifier, recorded in model files and model cards.
    public var identifier: String
    /// Join runs of single letters or digits separated by spaces or dashes ("A L E X I S 1 7" → "alexis17").
    /// Off for ordinary posts, where "di a b c" style runs are rare but real; on for gambling spam.
    public var joinSpacedLetters: Bool

    /// Creates a normaliser description; unknown identifiers are refused when a model is loaded.
    public init(identifier: String = "fallback-v1", joinSpacedLetters: Bool = false) {
        self.identifier = identifier
        self.joinSpacedLetters = joinSpacedLetters
    }

    /// Normalisers this version of Bijak can run.
    public static let supportedIdentifiers: Set<String> = ["fallback-v1"]

    /// Normalises a raw post text for featurising.
    public func normalise(_ text: String) -> String {
        var scalars = ObfuscationMap.shared.apply(to: text)
        scalars = Self.cleanAndLowercase(scalars)
        if joinSpacedLetters { scalars = Self.joinSpaced(scalars) }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Lowercases, drops invisible characters, turns the corpus's literal `\n` into a space, folds fullwidth
    /// ASCII, caps letter repetition at two ("anjiiiing" → "anjiing") and collapses whitespace.
    static func cleanAndLowercase(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var index = 0
        var lastWasSpace = true
        while index < input.count {
            var scalar = input[index]
            index += 1
            let value = scalar.value
            // Zero-width, bidi controls, word joiners, BOM, soft hyphen and variation selectors hide words.
            if (0x200B...0x200F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2060...0x2069).contains(value) || value == 0xFEFF || value == 0xAD
                || (0xFE00...0xFE0F).contains(value) {
                continue
            }
            if value == 0x5C, index < input.count, input[index] == "n" || input[index] == "t" {
                index += 1
                scalar = " "
            }
            if (0xFF01...0xFF5E).contains(value) { scalar = Unicode.Scalar(value - 0xFEE0)! }
            if scalar.properties.isWhitespace {
                if !lastWasSpace { output.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            let lower: [Unicode.Scalar]
            if scalar.value < 0x80 {
                lower = [scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar]
            } else {
                lower = Array(scalar.properties.lowercaseMapping.unicodeScalars)
            }
            for letter in lower {
                let count = output.count
                if count >= 2, output[count - 1] == letter, output[count - 2] == letter,
                   letter.properties.isAlphabetic {
                    continue
                }
                output.append(letter)
            }
        }
        if output.last == " " { output.removeLast() }
        return output
    }

    /// Joins runs of at least three single alphanumerics separated by one space, dash, dot or underscore.
    static func joinSpaced(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        func isAlnum(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
        func isGap(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "-" || scalar == "." || scalar == "_" }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            // A run starts at a lone alphanumeric: preceded by start or a gap, followed by a gap.
            let startsAlone = isAlnum(input[index]) && (index == 0 || !isAlnum(input[index - 1]))
            var letters: [Unicode.Scalar] = []
            var afterLast = index
            var cursor = index
            while startsAlone, cursor < input.count, isAlnum(input[cursor]),
                  cursor + 1 == input.count || !isAlnum(input[cursor + 1]) {
                letters.append(input[cursor])
                afterLast = cursor + 1
                guard cursor + 2 < input.count, isGap(input[cursor + 1]), isAlnum(input[cursor + 2]) else { break }
                cursor += 2
            }
            if letters.count >= 3 {
                output.append(contentsOf: letters)
                index = afterLast
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }
}
