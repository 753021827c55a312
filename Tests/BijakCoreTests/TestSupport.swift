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
