import Foundation
import Testing
@testable import BijakCore

/// The obvious quadratic matcher the automaton must agree with.
func naiveMatches(patterns: [[String]], positions: [[String]]) -> [PhraseMatch] {
    var result: [PhraseMatch] = []
    for (index, phrase) in patterns.enumerated() where !phrase.isEmpty && phrase.count <= positions.count {
        for start in 0 ... positions.count - phrase.count
        where phrase.indices.allSatisfy({ positions[start + $0].contains(phrase[$0]) }) {
            result.append(PhraseMatch(pattern: index, start: start, end: start + phrase.count))
        }
    }
    return result.sorted()
}

/// One table row: phrases (space-separated words), positions (alternatives separated by "|"), expected matches.
struct AutomatonCase: CustomTestStringConvertible, Sendable {
    let name: String
    let patterns: [String]
    let positions: [String]
    let expected: [(pattern: Int, start: Int, end: Int)]

    var testDescription: String { name }
    var phraseLists: [[String]] { patterns.map { $0.split(separator: " ").map(String.init) } }
    var positionLists: [[String]] { positions.map { $0.split(separator: "|").map(String.init) } }
    var expectedMatches: [PhraseMatch] {
        expected.map { PhraseMatch(pattern: $0.pattern, start: $0.start, end: $0.end) }
    }
}

@Suite struct PhraseAutomatonTests {
    static let cases: [AutomatonCase] = [
        AutomatonCase(name: "single words", patterns: ["babi", "anjing"],
                      positions: ["dasar", "babi", "dan", "anjing", "babi"],
                      expected: [(0, 1, 2), (1, 3, 4), (0, 4, 5)]),
        AutomatonCase(name: "multi-word phrase", patterns: ["info orang dalam", "orang"],
                      positions: ["ada", "info", "orang", "dalam", "nih"],
                      expected: [(0, 1, 4), (1, 2, 3)]),
        AutomatonCase(name: "nested suffix", patterns: ["rahasia", "sangat rahasia", "surat rahasia"],
                      positions: ["dokumen", "sangat", "rahasia", "negara"],
                      expected: [(1, 1, 3), (0, 2, 3)]),
        AutomatonCase(name: "prefix of another phrase", patterns: ["sebelum", "sebelum dihapus", "dihapus"],
                      positions: ["baca", "sebelum", "dihapus"],
                      expected: [(0, 1, 2), (1, 1, 3), (2, 2, 3)]),
        AutomatonCase(name: "overlapping phrases", patterns: ["a b", "b c", "a b c d"],
                      positions: ["a", "b", "c", "d"],
                      expected: [(0, 0, 2), (2, 0, 4), (1, 1, 3)]),
        AutomatonCase(name: "failure after partial match", patterns: ["a b c", "b d"],
                      positions: ["a", "b", "d"],
                      expected: [(1, 1, 3)]),
        AutomatonCase(name: "match through stem", patterns: ["jajah", "kaum penjajah"],
                      positions: ["dasar", "kaum", "penjajah|jajah"],
                      expected: [(1, 1, 3), (0, 2, 3)]),
        AutomatonCase(name: "stem starts a phrase", patterns: ["jajah bangsa"],
                      positions: ["penjajah|jajah", "bangsa"],
                      expected: [(0, 0, 2)]),
        AutomatonCase(name: "two alternatives reach the same phrase", patterns: ["x", "y z", "z"],
                      positions: ["y|x", "z|z"],
                      expected: [(0, 0, 1), (1, 0, 2), (2, 1, 2)]),
        AutomatonCase(name: "alternatives lead to different live states", patterns: ["a c", "b c", "c"],
                      positions: ["a|b", "c"],
                      expected: [(0, 0, 2), (1, 0, 2), (2, 1, 2)]),
        AutomatonCase(name: "repeated words", patterns: ["asyik asyik", "asyik"],
                      positions: ["asyik", "asyik", "asyik"],
                      expected: [(1, 0, 1), (0, 0, 2), (1, 1, 2), (0, 1, 3), (1, 2, 3)]),
        AutomatonCase(name: "duplicate phrases", patterns: ["judi online", "judi online"],
                      positions: ["main", "judi", "online"],
                      expected: [(0, 1, 3), (1, 1, 3)]),
        AutomatonCase(name: "empty phrase ignored", patterns: ["", "kata"],
                      positions: ["kata"],
                      expected: [(1, 0, 1)]),
        AutomatonCase(name: "no matches", patterns: ["babi", "sangat rahasia"],
                      positions: ["selamat", "pagi", "sangat", "cerah"],
                      expected: []),
        AutomatonCase(name: "empty position breaks a phrase", patterns: ["sangat rahasia"],
                      positions: ["sangat", "", "rahasia"],
                      expected: []),
        AutomatonCase(name: "empty input", patterns: ["babi"], positions: [], expected: []),
        AutomatonCase(name: "no patterns", patterns: [], positions: ["babi"], expected: []),
    ]

    @Test(arguments: cases)
    func findsExpectedMatches(_ example: AutomatonCase) {
        let automaton = PhraseAutomaton(patterns: example.phraseLists)
        #expect(automaton.patternCount == example.patterns.count)
        #expect(automaton.matches(in: example.positionLists) == example.expectedMatches)
        #expect(naiveMatches(patterns: example.phraseLists, positions: example.positionLists)
            == example.expectedMatches)
    }

    @Test func emptyAlternativesEverywhere() {
        let automaton = PhraseAutomaton(patterns: [["a"], ["a", "b"]])
        #expect(automaton.matches(in: [[], [], []]).isEmpty)
        #expect(automaton.matches(in: [[], ["a"], []]) == [PhraseMatch(pattern: 0, start: 1, end: 2)])
        #expect(PhraseAutomaton(patterns: [[], []]).matches(in: [["a"]]).isEmpty)
    }

    @Test func wordTableFindsExactlyItsWords() {
        let words = ["", "é", "penjajah", "jajah", "pertanggungjawabannya", "pemerintahan"]
        let table = WordTable(words: words)
        #expect(table.count == words.count)
        for (id, word) in words.enumerated() {
            #expect(table.id(of: word) == Int32(id))
            // A copy built at run time, not a literal.
            #expect(table.id(of: String(decoding: Array(word.utf8), as: UTF8.self)) == Int32(id))
        }
        for absent in ["e", "jajahan", "penjaja", "pertanggungjawabanny", " ", "JAJAH"] {
            #expect(table.id(of: absent) == -1)
        }
        #expect(WordTable(words: []).id(of: "apa") == -1)
    }

    @Test func hugeInput() {
        let automaton = PhraseAutomaton(patterns: [["asyik", "asyik"], ["asyik"], ["tidak", "ada"]])
        let positions = Array(repeating: ["asyik", "asik"], count: 100_000)
        let found = automaton.matches(in: positions)
        #expect(found.count == 100_000 + 99_999)
        #expect(found.first == PhraseMatch(pattern: 1, start: 0, end: 1))
        #expect(found.last == PhraseMatch(pattern: 1, start: 99_999, end: 100_000))
    }

    @Test func agreesWithNaiveMatcherOnRandomCases() {
        for seed in UInt64(1) ... 400 {
            var random = SeededGenerator(seed: seed)
            let vocabulary = (0 ..< Int.random(in: 1 ... 6, using: &random)).map { "w\($0)" }
            let patterns = (0 ..< Int.random(in: 0 ... 12, using: &random)).map { _ in
                (0 ..< Int.random(in: 0 ... 4, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
            }
            // Positions may hold words outside the lexicon ("zz") and repeated alternatives.
            let alphabet = vocabulary + ["zz"]
            let positions = (0 ..< Int.random(in: 0 ... 25, using: &random)).map { _ in
                (0 ..< Int.random(in: 0 ... 3, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            }
            let automaton = PhraseAutomaton(patterns: patterns)
            let expected = naiveMatches(patterns: patterns, positions: positions)
            #expect(automaton.matches(in: positions) == expected,
                    "seed \(seed): patterns \(patterns), positions \(positions)")
        }
    }
}
