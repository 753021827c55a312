import Foundation

/// Checks that a rulebook hangs together: every signal a rule names is produced by something, every related rule
/// exists, no trigger is unreachable. Run after an overlay is applied, so a typo in an organisation's rule is
/// caught before it silently never fires.
public struct RulebookValidator: Sendable {
    /// Signal names produced by code (detectors, context, models), beyond the lexicons.
    public var producedSignals: Set<String>

    /// Creates a validator that knows the signals produced outside lexicons.
    public init(producedSignals: Set<String>) {
        self.producedSignals = producedSignals
    }

    /// Validates `rulebook`; `ruleFiles` maps rule ids to the file they came from, to name the line.
    /// - Throws: ``RulebookError`` for the first problem found.
    public func validate(_ rulebook: Rulebook, ruleFiles: [String: URL] = [:]) throws {
        let ruleIDs = Set(rulebook.rules.map(\.id))
        for rule in rulebook.rules {
            let file = "rules/\(rule.id).json"
            let text = ruleFiles[rule.id].flatMap { try? String(contentsOf: $0, encoding: .utf8) }
            for signal in rule.referencedSignals.sorted() where !isKnown(signal, lexicons: rulebook.lexicons, ruleIDs: ruleIDs) {
                throw RulebookError(file: file, line: text.flatMap { line(of: "\"\(signal)", in: $0) },
                                    problem: "sinyal '\(signal)' tidak dikenal (tidak ada leksikon atau detektor dengan nama itu) / unknown signal '\(signal)' (no lexicon or detector has that name)")
            }
            for related in rule.related where !ruleIDs.contains(related) {
                throw RulebookError(file: file, line: text.flatMap { line(of: "\"\(related)\"", in: $0) },
                                    problem: "aturan terkait '\(related)' tidak ada / related rule '\(related)' does not exist")
            }
        }
    }

    private func isKnown(_ signal: String, lexicons: [String: [LexiconEntry]], ruleIDs: Set<String>) -> Bool {
        if lexicons[signal] != nil || producedSignals.contains(signal) { return true }
        if signal.hasPrefix("target.topic.") {
            let topic = String(signal.dropFirst("target.topic.".count))
            return lexicons[topic] != nil || producedSignals.contains(topic)
        }
        if signal.hasPrefix("target.") {
            let rest = String(signal.dropFirst("target.".count))
            return rest == "any" || ruleIDs.contains(rest)
        }
        return false
    }

    private func line(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}
