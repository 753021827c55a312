import BijakCore
import Vapor

/// `GET /api/v1/rules` (a summary of every rule) and `GET /api/v1/rules/{id}` (one rule in full, both languages).
enum APIRulesController {
    struct RuleSummary: Encodable {
        let id: String
        let group: String
        let severity: Severity
        let actions: [PostAction]
        let title: LocalizedText
        let source: RuleSource
    }

    struct RuleList: Encodable {
        let rulebookVersion: String
        let rules: [RuleSummary]

        enum CodingKeys: String, CodingKey {
            case rulebookVersion = "rulebook_version", rules
        }
    }

    static func list(_ request: Request) async throws -> Response {
        let rulebook = request.bijak.engine.rulebook
        let rules = rulebook.rules.map {
            RuleSummary(id: $0.id, group: $0.group, severity: $0.severity, actions: $0.actions, title: $0.title,
                        source: $0.source)
        }
        return try JSONResponse.make(RuleList(rulebookVersion: rulebook.version, rules: rules))
    }

    static func show(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("id"),
              let rule = request.bijak.engine.rulebook.rule(id.uppercased()) else {
            throw AppError.notFound
        }
        return try JSONResponse.make(rule)
    }
}
