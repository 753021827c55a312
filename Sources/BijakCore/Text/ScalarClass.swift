/// Classifies Unicode scalars for the normaliser: what to drop, what is an emoji, what is part of a word.
enum ScalarClass {
    /// Invisible characters used to hide words from filters, and bidi controls that reorder text on screen
    /// (a "Trojan Source"-style trick): dropped before anything else looks at the text.
    static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0:
            return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xE0000...0xE007F, 0x20E3:
            return true
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            // Combining marks: accents are folded away ("é" -> "e") and "zalgo" stacks hide nothing.
            return true
        default:
            return scalar.properties.generalCategory == .control && !isLineBreakOrTab(scalar)
        }
    }

    /// Tab, line feed and carriage return: kept as whitespace.
    static func isLineBreakOrTab(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x09 || scalar.value == 0x0A || scalar.value == 0x0D
    }

    /// Whether the scalar starts an emoji (pictographs, symbols with emoji presentation, regional flags).
    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x2100 { return false }
        let properties = scalar.properties
        return properties.isEmojiPresentation || (properties.isEmoji && scalar.value >= 0x2100)
    }

    /// Letters and digits after folding; the core of a word.
    static func isWordCore(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// Characters that look like Latin letters but are not (Cyrillic, Greek), used to dodge word filters.
    static let homoglyphs: [UInt32: Unicode.Scalar] = [
        0x0430: "a", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0441: "c", 0x0443: "y", 0x0445: "x", 0x0456: "i",
        0x0458: "j", 0x0455: "s", 0x04BB: "h", 0x0501: "d", 0x051B: "q", 0x051D: "w", 0x0432: "b", 0x043A: "k",
        0x043C: "m", 0x043D: "h", 0x0442: "t", 0x0433: "r", 0x0437: "3",
        0x03B1: "a", 0x03B5: "e", 0x03BF: "o", 0x03C1: "p", 0x03C4: "t", 0x03C5: "u", 0x03B9: "i", 0x03BA: "k",
        0x03BD: "v", 0x03C7: "x", 0x03B2: "b", 0x03B7: "n", 0x03C9: "w", 0x0261: "g", 0x0251: "a", 0x026A: "i",
        0x1D00: "a", 0x0299: "b", 0x1D04: "c", 0x1D05: "d", 0x1D07: "e", 0x0262: "g", 0x029C: "h", 0x1D0A: "j",
        0x1D0B: "k", 0x029F: "l", 0x1D0D: "m", 0x0274: "n", 0x1D0F: "o", 0x1D18: "p", 0x0280: "r", 0xA731: "s",
        0x1D1B: "t", 0x1D1C: "u", 0x1D20: "v", 0x1D21: "w", 0x028F: "y", 0x1D22: "z",
    ]
}
