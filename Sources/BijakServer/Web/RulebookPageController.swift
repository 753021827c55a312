import BijakCore
import Vapor

/// The rulebook pages: every rule, and one rule with source, explanation, examples and sanction guidance.
enum RulebookPageController {
    struct RuleRow: Encodable {
        let id: String
        let title: String
        let severity: String
        let source: String
    }

    struct ListPage: Encodable {
        let version: String
        let rules: [RuleRow]
    }

    struct DetailPage: Encodable {
        let id: String
        let title: String
        let severity: String
        let actions: String
        let source: String
        let sourceConfirmed: Bool
        let sourceNote: String
        let explanation: String
        let advice: String
        let violating: [String]
        let allowed: [String]
        let sanction: String
        let discipline: String
        let sanctionNote: String
        let provisions: [String]
        let related: [String]
    }

    static func list(_ request: Request) async throws -> View {
        let rulebook = request.bijak.engine.rulebook
        let strings = UIStrings.table(request.language)
        let rows = rulebook.rules.map { rule in
            RuleRow(id: rule.id, title: rule.title.text(in: request.language),
                    severity: strings["severity_\(rule.severity.rawValue)"] ?? rule.severity.rawValue,
                    source: rule.source.citation)
        }
        return try await PageRenderer.render("rules", titleKey: "rules_title",
                                             page: ListPage(version: rulebook.version, rules: rows), on: request)
    }

    static func show(_ request: Request) async throws -> View {
        guard let id = request.parameters.get("id"),
              let rule = request.bijak.engine.rulebook.rule(id.uppercased()) else { throw AppError.notFound }
        let language = request.language
        let strings = UIStrings.table(language)
        let page = DetailPage(
            id: rule.id, title: rule.title.text(in: language),
            severity: strings["severity_\(rule.severity.rawValue)"] ?? rule.severity.rawValue,
            actions: rule.actions.map { strings["action_\($0.rawValue)"] ?? $0.rawValue }.joined(separator: ", "),
            source: rule.source.citation, sourceConfirmed: rule.source.confirmed,
            sourceNote: rule.source.note?.text(in: language) ?? "",
            explanation: rule.explanation.text(in: language), advice: rule.advice.text(in: language),
            violating: rule.examples.violating, allowed: rule.examples.allowed,
            sanction: rule.sanction.ethics.text(in: language), discipline: rule.sanction.discipline ?? "",
            sanctionNote: rule.sanction.note?.text(in: language) ?? "",
            provisions: rule.provisions.map { "\($0.law) \($0.article): \($0.summary.text(in: language))" },
            related: rule.related)
        return try await PageRenderer.render("rule", titleKey: "rules_title", page: page, on: request)
    }
}
