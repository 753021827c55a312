import BijakCore
import Foundation

/// The bundled seed questions (`Resources/training-questions.json`), loaded into the database once by
/// ``CreateTrainingTables``; admins extend and retire questions in the database afterwards.
///
/// The seeds are written as people really post, cover every rule group, and about half are hard negatives: allowed
/// posts that look like a violation. Their keys were taken from the engine's verdicts (the rule and its related
/// rules) and checked by hand; `BundledQuestionsTests` keeps them in step with the engine.
enum QuestionBank {
    struct Seed: Codable, Sendable {
        let key: String
        let text: String
        let action: String
        let target: String?
        let live: Bool?
        let uniform: Bool?
        let violation: Bool
        let rules: [String]
    }

    struct File: Codable, Sendable {
        let version: Int
        let questions: [Seed]
    }

    /// The bundled seeds.
    static func bundled() throws -> [Seed] {
        guard let url = Bundle.module.url(forResource: "training-questions", withExtension: "json") else {
            throw AppError.internalError
        }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).questions
    }

    /// A new, active database question from a seed.
    static func question(from seed: Seed) -> TrainingQuestion {
        let question = TrainingQuestion()
        question.key = seed.key
        question.text = seed.text
        question.action = seed.action
        question.target = seed.target
        question.live = seed.live ?? false
        question.uniform = seed.uniform ?? false
        question.violation = seed.violation
        question.rules = seed.rules.joined(separator: ",")
        question.active = true
        return question
    }
}
