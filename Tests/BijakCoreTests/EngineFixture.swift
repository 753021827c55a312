import Foundation
@testable import BijakCore

/// One labelled post of the project's own test sets (`Tests/Fixtures/engine-cases.jsonl`,
/// `Tests/Fixtures/rule-posts.jsonl`, `Tests/Fixtures/rule-posts-heldback.jsonl`).
struct LabelledPost: Decodable, CustomTestStringConvertible {
    var text: String
    var action: String?
    var target: String?
    var context: PostContext?
    var media: [MediaItem]?
    var expected: [String]
    /// The rule group a post was written for (`confidential`, `neutrality`, ...; `allowed_*` for allowed posts).
    var group: String?
    var note: String?

    var post: Post {
        Post(text: text, action: action.flatMap(PostAction.init(userInput:)) ?? .post,
             target: target.map { Post(text: $0) }, media: media ?? [], context: context ?? PostContext())
    }

    var testDescription: String {
        let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
        return "\(expected.isEmpty ? "allow" : expected.joined(separator: ",")) ← \(action ?? "post"): \(shown)"
    }

    /// Every labelled post of the engine issue's fixture file.
    static let all: [LabelledPost] = load("engine-cases.jsonl")

    /// The labelled posts of `Tests/Fixtures/<file>` (a line that does not decode is left out, and the tests
    /// that count posts notice).
    static func load(_ file: String) -> [LabelledPost] {
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/\(file)")
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let decoder = JSONDecoder()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            try? decoder.decode(LabelledPost.self, from: Data(line.utf8))
        }
    }
}

extension TestSupport {
    /// The engine with fact-check matching switched on.
    static let factCheckEngine: BijakEngine = {
        do { return try EngineLoader.load(factChecks: true).engine } catch { fatalError("engine: \(error)") }
    }()

    /// The engine as shipped (bundled rulebook, stemmer and data).
    static let engine: BijakEngine = {
        do { return try EngineLoader.load().engine } catch { fatalError("engine: \(error)") }
    }()
}

import Testing
