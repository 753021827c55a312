/// Byte-level helpers for the stemmer. Words are handled as ASCII bytes (`a`-`z`, `0`-`9`, `-`), which keeps the
/// hot path free of `String` indexing, regular expressions and bridging.
enum StemmerBytes {
    static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
    static let u = UInt8(ascii: "u"), r = UInt8(ascii: "r"), k = UInt8(ascii: "k"), m = UInt8(ascii: "m")
    static let n = UInt8(ascii: "n"), p = UInt8(ascii: "p"), s = UInt8(ascii: "s"), t = UInt8(ascii: "t")
    static let g = UInt8(ascii: "g"), y = UInt8(ascii: "y"), l = UInt8(ascii: "l")
    static let hyphen = UInt8(ascii: "-")

    /// `[aiueo]`.
    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == a || b == i || b == u || b == e || b == o
    }

    /// `[a-z]`.
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { b >= a && b <= UInt8(ascii: "z") }

    /// `[bcdfghjklmnpqrstvwxyz]`: a letter that is not a vowel.
    @inline(__always) static func isConsonant(_ b: UInt8) -> Bool { isLetter(b) && !isVowel(b) }

    /// Whether the byte is one of the ASCII characters in `set`.
    @inline(__always) static func isIn(_ b: UInt8, _ set: StaticString) -> Bool {
        let base = set.utf8Start
        for index in 0..<set.utf8CodeUnitCount where base[index] == b { return true }
        return false
    }

    /// Whether `word` starts with the ASCII text `prefix`.
    @inline(__always) static func hasPrefix(_ word: [UInt8], _ prefix: StaticString) -> Bool {
        hasPrefix(word, prefix, at: 0)
    }

    /// Whether `word` contains the ASCII text `text` at byte offset `offset`.
    @inline(__always) static func hasPrefix(_ word: [UInt8], _ text: StaticString, at offset: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset >= 0, word.count >= offset + count else { return false }
        let base = text.utf8Start
        for index in 0..<count where word[offset + index] != base[index] { return false }
        return true
    }

    /// Whether `word` ends with the ASCII text `suffix`.
    @inline(__always) static func hasSuffix(_ word: [UInt8], _ suffix: StaticString) -> Bool {
        hasPrefix(word, suffix, at: word.count - suffix.utf8CodeUnitCount)
    }

    /// Whether `word` equals the ASCII text `text`.
    @inline(__always) static func equals(_ word: [UInt8], _ text: StaticString) -> Bool {
        word.count == text.utf8CodeUnitCount && hasPrefix(word, text)
    }

    /// The bytes of `word` from `offset` on (empty if `offset` is past the end).
    @inline(__always) static func drop(_ word: [UInt8], _ offset: Int) -> [UInt8] {
        offset >= word.count ? [] : Array(word[offset...])
    }

    /// `lead` followed by the bytes of `word` from `offset` on: a recoded prefix such as `me-nyapu -> sapu`.
    @inline(__always) static func recode(_ lead: StaticString, _ word: [UInt8], _ offset: Int) -> [UInt8] {
        var result = [UInt8]()
        let rest = max(0, word.count - offset)
        result.reserveCapacity(lead.utf8CodeUnitCount + rest)
        result.append(contentsOf: UnsafeBufferPointer(start: lead.utf8Start, count: lead.utf8CodeUnitCount))
        if rest > 0 { result.append(contentsOf: word[offset...]) }
        return result
    }
}
