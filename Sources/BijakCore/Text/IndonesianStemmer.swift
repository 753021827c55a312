import Foundation

/// An Indonesian stemmer that behaves like Sastrawi 1.0.1: the enhanced confix-stripping algorithm with a root word
/// dictionary (Nazief & Adriani; Asian 2007; Arifin et al. 2009), including Sastrawi's rule precedence adjustment,
/// prefix recoding and reduplication handling.
///
/// `menyapu -> sapu`, `memakan -> makan`, `pemasaran -> pasar`, `buku-buku -> buku`, `bolak-balik` unchanged.
/// A word that reaches no root word is returned unchanged. Protected words are returned unchanged and also count as
/// roots, so their inflected forms stop at them (`pemerintahnya -> pemerintah`, not Sastrawi's `perintah`).
///
/// The stemmer is a value type that never mutates after creation; share it freely. Wrap it in ``CachingStemmer``
/// when words repeat.
public struct IndonesianStemmer: Sendable {
    /// Words longer than this (in bytes) are returned unchanged; no Indonesian word comes near it.
    public static let maximumWordLength = 64

    private let dictionary: RootDictionary
    private let protectedWords: Set<String>

    /// rootWords: the dictionary (lowercased). protectedWords: words returned unchanged because their meaning must be kept.
    public init(rootWords: Set<String>, protectedWords: Set<String>) {
        self.protectedWords = protectedWords
        self.dictionary = RootDictionary(rootWords.union(protectedWords))
    }

    /// Loads the bundled dictionary (Bundle.module, resource path "data/sastrawi-kata-dasar.txt") and the bundled protected list ("data/protected-words.txt").
    public static func bundled() throws -> IndonesianStemmer {
        IndonesianStemmer(
            rootWords: try loadWordList(named: "sastrawi-kata-dasar"),
            protectedWords: try loadWordList(named: "protected-words"))
    }

    /// Reads a bundled word list `data/<name>.txt`: one lowercased word per line; blank lines and lines starting
    /// with `#` are skipped, and anything after a `#` on a line is a comment.
    public static func loadWordList(named name: String) throws -> Set<String> {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "data") else {
            throw StemmerResourceError.missingResource("data/\(name).txt")
        }
        return parseWordList(try String(contentsOf: url, encoding: .utf8))
    }

    /// Parses a word list in the format of ``loadWordList(named:)``.
    public static func parseWordList(_ text: String) -> Set<String> {
        LanguageResources.wordList(text)
    }

    /// Whether `word` is on the protected list.
    public func isProtected(_ word: String) -> Bool { protectedWords.contains(word) }

    /// Whether `word` is a root word of the dictionary (or a protected word).
    public func isRootWord(_ word: String) -> Bool { dictionary.contains(Array(word.utf8)) }

    /// Stem of one lowercased word (letters and hyphens). Never crashes on any input; empty in, empty out.
    ///
    /// Digits are allowed (they never match a root). A word with any other character (upper case, punctuation,
    /// non-ASCII letters, emoji), a word longer than ``maximumWordLength`` or a protected word is returned unchanged.
    public func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count > 3, bytes.count <= Self.maximumWordLength, Self.isStemmable(bytes),
              !protectedWords.contains(word) else { return word }
        let result = Self.isPlural(bytes) ? stemPlural(bytes) : stemSingular(bytes)
        return result == bytes ? word : String(decoding: result, as: UTF8.self)
    }

    private static func isStemmable(_ bytes: [UInt8]) -> Bool {
        for byte in bytes where !(StemmerBytes.isLetter(byte) || byte == StemmerBytes.hyphen
                                  || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))) {
            return false
        }
        return true
    }

    private func stemSingular(_ word: [UInt8]) -> [UInt8] {
        ConfixStrippingContext.stem(word, dictionary: dictionary)
    }

    // MARK: Reduplication (Asian 2007, pages 76-77)

    /// The inflectional endings that may follow a reduplicated word after a hyphen (`malaikat-malaikat-nya`).
    private static func isHyphenatedEnding(_ part: ArraySlice<UInt8>) -> Bool {
        let text = Array(part)
        for ending in ["ku", "mu", "nya", "lah", "kah", "tah", "pun"] as [StaticString]
        where StemmerBytes.equals(text, ending) {
            return true
        }
        return false
    }

    /// Sastrawi's `is_plural`: a hyphen that is not only the one before a trailing `-nya`, `-lah` etc.
    static func isPlural(_ word: [UInt8]) -> Bool {
        guard let last = word.lastIndex(of: StemmerBytes.hyphen) else { return false }
        if isHyphenatedEnding(word[(last + 1)...]) {
            return word[..<last].contains(StemmerBytes.hyphen)
        }
        return true
    }

    /// Sastrawi's `stem_plural_word`: both halves must reach the same root (`buku-buku`, `berbalas-balasan`,
    /// `meniru-nirukan` through `me` + the second half); otherwise the word is returned unchanged (`bolak-balik`).
    private func stemPlural(_ word: [UInt8]) -> [UInt8] {
        guard let split = word.lastIndex(of: StemmerBytes.hyphen) else { return word }
        var first = Array(word[..<split])
        var second = Array(word[(split + 1)...])
        if Self.isHyphenatedEnding(word[(split + 1)...]), let inner = first.lastIndex(of: StemmerBytes.hyphen) {
            second = Array(first[(inner + 1)...]) + [StemmerBytes.hyphen] + second
            first = Array(first[..<inner])
        }
        let root1 = stemSingular(first)
        var root2 = stemSingular(second)
        if !dictionary.contains(second) && root2 == second {
            root2 = stemSingular(Array("me".utf8) + second)
        }
        return root1 == root2 ? root1 : word
    }
}

/// A bundled resource the stemmer needs could not be found.
public enum StemmerResourceError: Error, Equatable, Sendable {
    /// The resource at this path (relative to the bundle) is missing.
    case missingResource(String)
}
