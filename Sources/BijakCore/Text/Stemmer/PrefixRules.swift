/// The numbered prefix disambiguation rules of the confix-stripping stemmer as Sastrawi 1.0.1 applies them
/// (Nazief & Adriani, Asian's CS and Arifin's ECS changes, Sastrawi's own 41 and 42).
///
/// Each rule looks at the start of a word and proposes the word without the prefix, recoding the first sound where
/// the prefix assimilated it (`menyapu -> sapu`, `memakan -> makan`, `pemasaran -> pasaran`). The comment of each
/// case gives the rule in the notation of the literature: V a vowel, C a consonant, A any letter, P any part.
enum PrefixRule: Sendable {
    case r1a, r1b, r2, r3, r4, r5, r6a, r6b, r7, r8, r9
    case r10, r11, r12, r13a, r13b, r14, r15a, r15b, r16, r17a, r17b, r17c, r17d, r18a, r18b, r19
    case r20, r21a, r21b, r23, r24, r25, r26a, r26b, r27, r28a, r28b, r29, r30a, r30b, r30c, r31a, r31b
    case r32, r34, r35, r36, r37a, r37b, r38a, r38b, r39a, r39b, r40a, r40b, r41, r42

    /// Sastrawi's visitor order. Rules of one group are alternatives: the first whose result is a root word wins,
    /// otherwise the LAST rule's result is taken (even when that rule does not match and an earlier one did: then the
    /// group removes nothing, as in Sastrawi, e.g. group 30 for `pengV` with V other than `e`).
    static let groups: [[PrefixRule]] = [
        [.r1a, .r1b], [.r2], [.r3], [.r4], [.r5], [.r6a, .r6b], [.r7], [.r8], [.r9],
        [.r10], [.r11], [.r12], [.r13a, .r13b], [.r14], [.r15a, .r15b], [.r16], [.r17a, .r17b, .r17c, .r17d],
        [.r18a, .r18b], [.r19], [.r20], [.r21a, .r21b], [.r23], [.r24], [.r25], [.r26a, .r26b], [.r27],
        [.r28a, .r28b], [.r29], [.r30a, .r30b, .r30c], [.r31a, .r31b], [.r32], [.r34],
        [.r35], [.r36],
        [.r37a, .r37b], [.r38a, .r38b], [.r39a, .r39b], [.r40a, .r40b],
        [.r41], [.r42],
    ]

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    /// The word without the prefix this rule describes, or nil if the rule does not apply to `w`.
    func apply(_ w: [UInt8]) -> [UInt8]? {
        typealias B = StemmerBytes
        let n = w.count
        @inline(__always) func at(_ index: Int) -> UInt8 { index < n ? w[index] : 0 }
        let notR = "bcdfghjklmnpqstvwxyz" as StaticString
        switch self {
        case .r1a: // berV -> ber-V
            return B.hasPrefix(w, "ber") && B.isVowel(at(3)) ? B.drop(w, 3) : nil
        case .r1b: // berV -> be-rV
            return B.hasPrefix(w, "ber") && B.isVowel(at(3)) ? B.drop(w, 2) : nil
        case .r2: // berCAP -> ber-CAP where P != 'er'
            guard B.hasPrefix(w, "ber"), B.isConsonant(at(3)), B.isLetter(at(4)), !B.hasPrefix(w, "er", at: 5)
            else { return nil }
            return B.drop(w, 3)
        case .r3: // berCAerV -> ber-CAerV where C != 'r'
            guard B.hasPrefix(w, "ber"), B.isConsonant(at(3)), at(3) != B.r, B.isLetter(at(4)),
                  B.hasPrefix(w, "er", at: 5), B.isVowel(at(7)) else { return nil }
            return B.drop(w, 3)
        case .r4: // belajar -> bel-ajar
            return B.equals(w, "belajar") ? Array("ajar".utf8) : nil
        case .r5: // beC1erC2 -> be-C1erC2 where C1 != 'r'
            guard B.hasPrefix(w, "be"), B.isIn(at(2), notR), B.hasPrefix(w, "er", at: 3), B.isConsonant(at(5))
            else { return nil }
            return B.drop(w, 2)
        case .r6a: // terV -> ter-V
            return B.hasPrefix(w, "ter") && B.isVowel(at(3)) ? B.drop(w, 3) : nil
        case .r6b: // terV -> te-rV
            return B.hasPrefix(w, "ter") && B.isVowel(at(3)) ? B.drop(w, 2) : nil
        case .r7: // terCerV -> ter-CerV where C != 'r'
            guard B.hasPrefix(w, "ter"), B.isConsonant(at(3)), at(3) != B.r, B.hasPrefix(w, "er", at: 4),
                  B.isVowel(at(6)) else { return nil }
            return B.drop(w, 3)
        case .r8: // terCP -> ter-CP where C != 'r' and P != 'er'
            guard B.hasPrefix(w, "ter"), B.isConsonant(at(3)), at(3) != B.r, !B.hasPrefix(w, "er", at: 4)
            else { return nil }
            return B.drop(w, 3)
        case .r9: // teC1erC2 -> te-C1erC2 where C1 != 'r'
            guard B.hasPrefix(w, "te"), B.isConsonant(at(2)), at(2) != B.r, B.hasPrefix(w, "er", at: 3),
                  B.isConsonant(at(5)) else { return nil }
            return B.drop(w, 2)
        case .r10: // me{l|r|w|y}V -> me-{l|r|w|y}V
            return B.hasPrefix(w, "me") && B.isIn(at(2), "lrwy") && B.isVowel(at(3)) ? B.drop(w, 2) : nil
        case .r11: // mem{b|f|v} -> mem-{b|f|v}
            return B.hasPrefix(w, "mem") && B.isIn(at(3), "bfv") ? B.drop(w, 3) : nil
        case .r12: // mempe -> mem-pe (mempengaruhi)
            return B.hasPrefix(w, "mempe") ? B.drop(w, 3) : nil
        case .r13a: // mem{rV|V} -> me-m{rV|V}
            return B.hasPrefix(w, "mem") && B.isVowel(at(3)) ? B.drop(w, 2) : nil
        case .r13b: // mem{rV|V} -> me-p{rV|V}
            return B.hasPrefix(w, "mem") && B.isVowel(at(3)) ? B.recode("p", w, 3) : nil
        case .r14: // men{c|d|j|s|t|z} -> men-{c|d|j|s|t|z}
            return B.hasPrefix(w, "men") && B.isIn(at(3), "cdjstz") ? B.drop(w, 3) : nil
        case .r15a: // menV -> me-nV
            return B.hasPrefix(w, "men") && B.isVowel(at(3)) ? B.drop(w, 2) : nil
        case .r15b: // menV -> me-tV
            return B.hasPrefix(w, "men") && B.isVowel(at(3)) ? B.recode("t", w, 3) : nil
        case .r16: // meng{g|h|q|k} -> meng-{g|h|q|k}
            return B.hasPrefix(w, "meng") && B.isIn(at(4), "ghqk") ? B.drop(w, 4) : nil
        case .r17a: // mengV -> meng-V
            return B.hasPrefix(w, "meng") && B.isVowel(at(4)) ? B.drop(w, 4) : nil
        case .r17b: // mengV -> meng-kV
            return B.hasPrefix(w, "meng") && B.isVowel(at(4)) ? B.recode("k", w, 4) : nil
        case .r17c: // mengeP -> menge-P (monosyllabic roots: mengecat -> cat)
            return B.hasPrefix(w, "menge") ? B.drop(w, 5) : nil
        case .r17d: // mengV -> me-ngV
            return B.hasPrefix(w, "meng") && B.isVowel(at(4)) ? B.drop(w, 2) : nil
        case .r18a: // menyV -> me-nyV
            return B.hasPrefix(w, "meny") && B.isVowel(at(4)) ? B.drop(w, 2) : nil
        case .r18b: // menyV -> meny-sV
            return B.hasPrefix(w, "meny") && B.isVowel(at(4)) ? B.recode("s", w, 4) : nil
        case .r19: // mempA -> mem-pA where A != 'e' (and not 'n')
            return B.hasPrefix(w, "memp") && B.isLetter(at(4)) && !B.isIn(at(4), "en") ? B.drop(w, 3) : nil
        default:
            return applyPe(w)
        }
    }

    /// Rules 20 to 42: pe-, per-, the second `ter-` and `pe-` rules, infixes and ku-/kau-.
    private func applyPe(_ w: [UInt8]) -> [UInt8]? {
        typealias B = StemmerBytes
        let n = w.count
        @inline(__always) func at(_ index: Int) -> UInt8 { index < n ? w[index] : 0 }
        let weakStart = "bcdfghjkpqstvxz" as StaticString
        switch self {
        case .r20: // pe{w|y}V -> pe-{w|y}V
            return B.hasPrefix(w, "pe") && B.isIn(at(2), "wy") && B.isVowel(at(3)) ? B.drop(w, 2) : nil
        case .r21a: // perV -> per-V
            return B.hasPrefix(w, "per") && B.isVowel(at(3)) ? B.drop(w, 3) : nil
        case .r21b: // perV -> pe-rV
            return B.hasPrefix(w, "per") && B.isVowel(at(3)) ? B.drop(w, 2) : nil
        case .r23: // perCAP -> per-CAP where P != 'er'
            guard B.hasPrefix(w, "per"), B.isConsonant(at(3)), B.isLetter(at(4)), !B.hasPrefix(w, "er", at: 5)
            else { return nil }
            return B.drop(w, 3)
        case .r24: // perCAerV -> per-CAerV where C != 'r'
            guard B.hasPrefix(w, "per"), B.isConsonant(at(3)), at(3) != B.r, B.isLetter(at(4)),
                  B.hasPrefix(w, "er", at: 5), B.isVowel(at(7)) else { return nil }
            return B.drop(w, 3)
        case .r25: // pem{b|f|v} -> pem-{b|f|v}
            return B.hasPrefix(w, "pem") && B.isIn(at(3), "bfv") ? B.drop(w, 3) : nil
        case .r26a: // pem{rV|V} -> pe-m{rV|V}
            return B.hasPrefix(w, "pem") && B.isVowel(at(3)) ? B.drop(w, 2) : nil
        case .r26b: // pem{rV|V} -> pe-p{rV|V}
            return B.hasPrefix(w, "pem") && B.isVowel(at(3)) ? B.recode("p", w, 3) : nil
        case .r27: // pen{c|d|j|z} -> pen-{c|d|j|z} (Sastrawi 1.0.1 keeps the original CS rule, without s and t)
            return B.hasPrefix(w, "pen") && B.isIn(at(3), "cdjz") ? B.drop(w, 3) : nil
        case .r28a: // penV -> pe-nV
            return B.hasPrefix(w, "pen") && B.isVowel(at(3)) ? B.drop(w, 2) : nil
        case .r28b: // penV -> pe-tV
            return B.hasPrefix(w, "pen") && B.isVowel(at(3)) ? B.recode("t", w, 3) : nil
        case .r29: // pengC -> peng-C
            return B.hasPrefix(w, "peng") && B.isConsonant(at(4)) ? B.drop(w, 4) : nil
        case .r30a: // pengV -> peng-V
            return B.hasPrefix(w, "peng") && B.isVowel(at(4)) ? B.drop(w, 4) : nil
        case .r30b: // pengV -> peng-kV
            return B.hasPrefix(w, "peng") && B.isVowel(at(4)) ? B.recode("k", w, 4) : nil
        case .r30c: // pengeP -> penge-P
            return B.hasPrefix(w, "penge") ? B.drop(w, 5) : nil
        case .r31a: // penyV -> pe-nyV
            return B.hasPrefix(w, "peny") && B.isVowel(at(4)) ? B.drop(w, 2) : nil
        case .r31b: // penyV -> peny-sV
            return B.hasPrefix(w, "peny") && B.isVowel(at(4)) ? B.recode("s", w, 4) : nil
        case .r32: // pelV -> pe-lV, except pelajar -> ajar
            if B.equals(w, "pelajar") { return Array("ajar".utf8) }
            return B.hasPrefix(w, "pel") && B.isVowel(at(3)) ? B.drop(w, 2) : nil
        case .r34: // peCP -> pe-CP where P != 'er'
            return B.hasPrefix(w, "pe") && B.isConsonant(at(2)) && !B.hasPrefix(w, "er", at: 3) ? B.drop(w, 2) : nil
        case .r35: // terC1erC2 -> ter-C1erC2 where C1 is not r, l, m, n, w, y
            guard B.hasPrefix(w, "ter"), B.isIn(at(3), weakStart), B.hasPrefix(w, "er", at: 4),
                  B.isConsonant(at(6)) else { return nil }
            return B.drop(w, 3)
        case .r36: // peC1erC2 -> pe-C1erC2 where C1 is not r, l, m, n, w, y
            guard B.hasPrefix(w, "pe"), B.isIn(at(2), weakStart), B.hasPrefix(w, "er", at: 3),
                  B.isConsonant(at(5)) else { return nil }
            return B.drop(w, 2)
        case .r37a, .r38a, .r39a, .r40a: // CerV, CelV, CemV, CinV kept as they are
            return infix(w) != nil ? w : nil
        case .r37b, .r38b, .r39b, .r40b: // CerV -> CV, CelV -> CV, CemV -> CV, CinV -> CV
            guard let offset = infix(w) else { return nil }
            var result = [w[0]]
            result.append(contentsOf: w[offset...])
            return result
        case .r41: // kuA -> ku-A
            return B.hasPrefix(w, "ku") ? B.drop(w, 2) : nil
        case .r42: // kauA -> kau-A
            return B.hasPrefix(w, "kau") ? B.drop(w, 3) : nil
        default:
            return nil
        }
    }

    /// For the infix rules: the offset of the vowel after the infix if `w` is C + infix + V, else nil.
    private func infix(_ w: [UInt8]) -> Int? {
        typealias B = StemmerBytes
        let text: StaticString
        switch self {
        case .r37a, .r37b: text = "er"
        case .r38a, .r38b: text = "el"
        case .r39a, .r39b: text = "em"
        default: text = "in"
        }
        guard w.count >= 4, B.isConsonant(w[0]), B.hasPrefix(w, text, at: 1), B.isVowel(w[3]) else { return nil }
        return 3
    }
}
