/// One run of the enhanced confix-stripping (ECS) algorithm over a single word (no hyphen handling), following
/// Sastrawi 1.0.1's `Context` step by step, including its quirks, so that stems agree with Sastrawi.
///
/// Steps: the word itself may be a root; with the precedence adjustment (`be-lah`, `be-an`, `me-i`, `di-i`, `pe-i`,
/// `ter-i`) prefixes are tried before suffixes; otherwise suffixes (particle, possessive pronoun, derivational
/// suffix) are removed first and then up to three prefixes; finally the "loop pengembalian akhiran" puts removed
/// suffixes back one at a time and retries the prefixes. The result is a root word or the word unchanged.
struct ConfixStrippingContext {
    private enum AffixKind { case particle, possessive, derivationalSuffix, derivationalPrefix }

    private struct Removal {
        var subject: [UInt8]
        var result: [UInt8]
        var kind: AffixKind
        var removedKan: Bool
    }

    private let dictionary: RootDictionary
    private let original: [UInt8]
    private var current: [UInt8]
    private var removals: [Removal] = []

    private init(word: [UInt8], dictionary: RootDictionary) {
        self.dictionary = dictionary
        self.original = word
        self.current = word
    }

    /// The root of `word` per Sastrawi, or `word` itself when no root is found. Words of three bytes or fewer are
    /// returned unchanged.
    static func stem(_ word: [UInt8], dictionary: RootDictionary) -> [UInt8] {
        if word.count <= 3 { return word }
        var context = ConfixStrippingContext(word: word, dictionary: dictionary)
        context.run()
        return dictionary.contains(context.current) ? context.current : word
    }

    private var found: Bool { dictionary.contains(current) }

    private mutating func run() {
        if found { return }
        if Self.precedenceAdjustment(original) {
            removePrefixes()
            if found { return }
            removeSuffixes()
            if found { return }
            current = original
            removals.removeAll(keepingCapacity: true)
        }
        removeSuffixes()
        if found { return }
        removePrefixes()
        if found { return }
        restoreSuffixes()
    }

    /// Sastrawi's `PrecedenceAdjustmentSpecification`: confixes whose prefix is removed first.
    static func precedenceAdjustment(_ w: [UInt8]) -> Bool {
        typealias B = StemmerBytes
        if B.hasPrefix(w, "be") {
            if w.count >= 5 && B.hasSuffix(w, "lah") { return true }
            if w.count >= 4 && B.hasSuffix(w, "an") { return true }
        }
        guard w.last == B.i else { return false }
        if w.count >= 3 && (B.hasPrefix(w, "me") || B.hasPrefix(w, "di") || B.hasPrefix(w, "pe")) { return true }
        return w.count >= 4 && B.hasPrefix(w, "ter")
    }

    // MARK: Suffixes

    /// Steps 2 and 3: particle, possessive pronoun, derivational suffix, stopping at a root word.
    private mutating func removeSuffixes() {
        removeSuffix(Self.particleLength(current), kind: .particle)
        if found { return }
        removeSuffix(Self.possessiveLength(current), kind: .possessive)
        if found { return }
        removeSuffix(Self.derivationalSuffixLength(current), kind: .derivationalSuffix)
    }

    private mutating func removeSuffix(_ length: Int, kind: AffixKind) {
        guard length > 0 else { return }
        let result = Array(current[..<(current.count - length)])
        let kan = kind == .derivationalSuffix && StemmerBytes.hasSuffix(current, "kan") && length == 3
        removals.append(Removal(subject: current, result: result, kind: kind, removedKan: kan))
        current = result
    }

    /// Length of `-*(lah|kah|tah|pun)$`, 0 if none.
    static func particleLength(_ w: [UInt8]) -> Int {
        typealias B = StemmerBytes
        guard B.hasSuffix(w, "lah") || B.hasSuffix(w, "kah") || B.hasSuffix(w, "tah") || B.hasSuffix(w, "pun")
        else { return 0 }
        return 3 + hyphensBefore(w, w.count - 3)
    }

    /// Length of `-*(ku|mu|nya)$`, 0 if none.
    static func possessiveLength(_ w: [UInt8]) -> Int {
        typealias B = StemmerBytes
        if B.hasSuffix(w, "nya") { return 3 + hyphensBefore(w, w.count - 3) }
        if B.hasSuffix(w, "ku") || B.hasSuffix(w, "mu") { return 2 + hyphensBefore(w, w.count - 2) }
        return 0
    }

    /// Length of `(is|isme|isasi|i|kan|an)$`: the regex takes the leftmost, that is the longest, match.
    static func derivationalSuffixLength(_ w: [UInt8]) -> Int {
        typealias B = StemmerBytes
        if B.hasSuffix(w, "isasi") { return 5 }
        if B.hasSuffix(w, "isme") { return 4 }
        if B.hasSuffix(w, "kan") { return 3 }
        if B.hasSuffix(w, "an") || B.hasSuffix(w, "is") { return 2 }
        if B.hasSuffix(w, "i") { return 1 }
        return 0
    }

    private static func hyphensBefore(_ w: [UInt8], _ end: Int) -> Int {
        var count = 0
        while end - count - 1 >= 0 && w[end - count - 1] == StemmerBytes.hyphen { count += 1 }
        return count
    }

    // MARK: Prefixes

    /// Steps 4 and 5: up to three rounds of prefix removal, stopping at a root word.
    private mutating func removePrefixes() {
        for _ in 0..<3 {
            removeOnePrefix()
            if found { return }
        }
    }

    /// One round of Sastrawi's prefix visitors: the plain prefixes di-, ke-, se-, then the disambiguation rule
    /// groups in order; the first visitor that removes something ends the round.
    private mutating func removeOnePrefix() {
        typealias B = StemmerBytes
        if B.hasPrefix(current, "di") || B.hasPrefix(current, "ke") || B.hasPrefix(current, "se") {
            apply(B.drop(current, 2))
            return
        }
        if found { return }
        // Every rule needs a leading consonant (be-, te-, me-, pe-, ku-, kau- or an infixed root).
        guard let first = current.first, B.isConsonant(first) else { return }
        for group in PrefixRule.groups {
            var result: [UInt8]?
            for rule in group {
                result = rule.apply(current)
                if let candidate = result, dictionary.contains(candidate) { break }
            }
            if let result {
                apply(result)
                return
            }
        }
    }

    private mutating func apply(_ result: [UInt8]) {
        removals.append(Removal(subject: current, result: result, kind: .derivationalPrefix, removedKan: false))
        current = result
    }

    // MARK: Loop pengembalian akhiran

    /// ECS: put the removed suffixes back, last removed first, and retry the prefixes on each form; for `-kan` also
    /// try the form ending in `k` (`masukkan` keeps the root's `k`).
    private mutating func restoreSuffixes() {
        if let firstPrefix = removals.first(where: { $0.kind == .derivationalPrefix }) {
            current = firstPrefix.subject
        }
        let suffixRemovals = removals.filter { $0.kind != .derivationalPrefix }
        removals = suffixRemovals
        let saved = current
        for removal in suffixRemovals.reversed() {
            if removal.removedKan {
                current = removal.result + [StemmerBytes.k]
                removePrefixes()
                if found { return }
                current = removal.result + Array("kan".utf8)
            } else {
                current = removal.subject
            }
            removePrefixes()
            if found { return }
            current = saved
        }
    }
}
