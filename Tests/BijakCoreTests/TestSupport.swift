import Foundation
@testable import BijakCore

/// Shared, lazily built engine pieces for tests (loading the language data once keeps the suite fast).
enum TestSupport {
    static let resources: LanguageResources = {
        do { return try LanguageResources.bundled() } catch { fatalError("bundled language data: \(error)") }
    }()

    /// A stemmer that changes nothing, for tests of the pipeline that must not depend on stemming.
    struct IdentityStemmer: Stemming {
        func stem(_ word: String) -> String { word }
    }

    static let plainAnalyzer: TextAnalyzer = TextAnalyzer(
        folder: CharacterFolder(obfuscationMap: resources.obfuscationMap),
        slang: SlangDictionary(lists: resources.slangLists),
        vocabulary: resources.rootWords.union(resources.stopwords).union(["babi", "anjing", "bangsat", "cina", "goblok"]),
        stemmer: IdentityStemmer())

    /// The package root (three levels above this file).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The shared data directory beside the package (`../shared/data`).
    static var sharedData: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data") }
}

/// A deterministic generator (SplitMix64) so random cases reproduce from their seed;
/// shared by the automaton and stemmer tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
