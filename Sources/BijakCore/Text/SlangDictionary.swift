/// Maps informal spellings, slang and typos to formal Indonesian ("gk" -> "tidak", "krn" -> "karena").
///
/// Built from several word lists in priority order; chains are resolved at build time ("gw" -> "gue" -> "saya")
/// so that a single lookup gives the final form and normalising twice equals normalising once.
public struct SlangDictionary: Sendable {
    private var entries: [String: [String]]

    /// Very common slang that the root-word list happens to contain, mapped all the same.
    static let slangDespiteRootList: Set<String> = ["aja", "kalo", "gue", "tau", "kau", "emang", "gimana", "udah"]

    /// Creates a dictionary from lists of (informal, formal) pairs; earlier lists win over later ones.
    /// - Parameter keepWords: real words that must not be rewritten even if a list maps them ("bang" is a word,
    ///   not slang for "ngab"; "si" is an article, not "sih").
    public init(lists: [[(informal: String, formal: String)]], keepWords: Set<String> = []) {
        var raw: [String: [String]] = [:]
        for list in lists {
            for pair in list {
                let key = pair.informal.lowercased().trimmingCharacters(in: .whitespaces)
                let words = pair.formal.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard !key.isEmpty, !key.contains(" "), !words.isEmpty, raw[key] == nil else { continue }
                if keepWords.contains(key), !Self.slangDespiteRootList.contains(key) { continue }
                if words == [key] { continue }
                raw[key] = words
            }
        }
        entries = Self.resolveChains(raw)
    }

    /// The formal words for `word`, or `nil` when it is not slang.
    public func formal(for word: String) -> [String]? { entries[word] }

    /// Every informal key (used to build the vocabulary).
    public var informalWords: Dictionary<String, [String]>.Keys { entries.keys }

    /// Every word that appears on the formal side.
    public var formalWords: Set<String> { Set(entries.values.joined()) }

    /// The number of entries.
    public var count: Int { entries.count }

    /// Follows chains until every formal word is final; entries caught in a cycle are dropped so that
    /// normalisation stays idempotent.
    private static func resolveChains(_ raw: [String: [String]]) -> [String: [String]] {
        var resolved: [String: [String]] = [:]
        for (key, _) in raw {
            if let words = expand(key, raw: raw, depth: 0, seen: [key]) { resolved[key] = words }
        }
        // A formal word that is itself a key with a different expansion would change on a second pass.
        return resolved.filter { _, words in words.allSatisfy { resolved[$0] == nil } }
    }

    private static func expand(_ word: String, raw: [String: [String]], depth: Int, seen: Set<String>) -> [String]? {
        guard let next = raw[word] else { return [word] }
        guard depth < 6 else { return nil }
        var result: [String] = []
        for part in next {
            if part == word { result.append(part); continue }
            if seen.contains(part) { return nil }
            guard let expanded = expand(part, raw: raw, depth: depth + 1, seen: seen.union([part])) else { return nil }
            result.append(contentsOf: expanded)
        }
        return result.count <= 6 ? result : nil
    }
}

import Foundation
