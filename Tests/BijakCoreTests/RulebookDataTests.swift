import Foundation
import Testing
@testable import BijakCore

/// Checks the shipped rulebook data (rules, lexicons, manifest) for consistency.
///
/// The files are read from the source tree (located from `#filePath`) because the library's resource bundle
/// accessor is not reachable from the test target.
@Suite struct RulebookDataTests {
    static let rulebookURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/BijakCore/Resources/rulebook")

    static let expectedIDs: Set<String> = Set(
        (1...8).map { "DJPAS-\($0)" } + (1...8).map { "SE137-\($0)" } + (1...6).map { "BKN-\($0)" }
            + (1...3).map { "NETRAL-\($0)" })

    static let lexiconSignals: Set<String> = [
        "state_entity", "hostility", "anti_state_ideology", "sara_group", "sara_slur", "profanity", "insult",
        "counter_speech", "religious_greeting", "hoax_spread_call", "insider_claim", "sensational", "hoax_debunk",
        "unverified_claim", "health_disaster_scare", "state_symbol", "desecration", "symbol_respect",
        "prison_security", "classification_marking", "inmate_term", "official_business", "casual_content",
        "campaign_verb", "party", "candidate", "campaign_hashtag", "civic_neutral", "campaign_follow",
        "partisan_photo", "position_misuse", "radicalism", "pornography", "gambling", "threat", "extortion",
        "defamation_claim", "provocation", "reporting", "organizing_activity", "attending_activity", "negation",
        "candidate_role", "security_object", "security_weakness", "security_operation", "facility_context",
        "time_reference", "favour_service", "official_role", "rule_reminder", "extremist_topic", "glorification",
        "document_leak_cue", "group_stereotype", "live_stream", "uniform_wear",
    ]
    static let detectorSignals: Set<String> = [
        "personal_identifier", "ballot_number", "shouting", "person_reference",
        "context.live", "context.uniform", "context.on_duty", "context.institutional", "target.any",
        "factcheck_match", "context.campaign_period", "inmate_identity", "guard_headcount", "price_mention",
        "identity_number", "spread_command", "context.outside_campaign",
    ]
    static let modelSignals: Set<String> = [
        "hatespeech.HS", "hatespeech.Abusive", "hatespeech.HS_Religion", "hatespeech.HS_Race",
        "content.pornografi", "content.sara", "content.radikalisme", "content.pencemaran_nama_baik", "gambling.judol",
    ]
    /// The `violations` model's signals: trained on rule-labelled posts, they may raise a finding alone, but only
    /// one asking for review, never a block.
    static let ruleModelSignals = Set(ModelRecipe.violationLabels.map { "violations.\($0.label)" })

    static func loadRules() throws -> [(file: String, rule: Rule)] {
        let folder = rulebookURL.appendingPathComponent("rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return (name, try JSONDecoder().decode(Rule.self, from: data))
        }
    }

    @Test func everyRuleDecodesAndTheSetIsComplete() throws {
        let rules = try Self.loadRules()
        #expect(Set(rules.map(\.rule.id)) == Self.expectedIDs)
        #expect(rules.count == Self.expectedIDs.count)
        for (file, rule) in rules {
            #expect(file == "\(rule.id).json", "file name must match id")
            #expect(["ditjenpas", "se137", "bkn", "netral"].contains(rule.group))
            #expect(rule.title.en != nil && rule.explanation.en != nil && rule.advice.en != nil)
            #expect(rule.source.date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
            #expect(rule.examples.violating.count >= 3 && rule.examples.allowed.count >= 3, "\(rule.id) examples")
            #expect([nil, "light", "medium", "heavy", "by_impact"].contains(rule.sanction.discipline))
        }
    }

    @Test func relatedRulesExistAndSanctionClauseHasNoTriggers() throws {
        let rules = try Self.loadRules().map(\.rule)
        let ids = Set(rules.map(\.id))
        for rule in rules {
            for related in rule.related {
                #expect(ids.contains(related), "\(rule.id) relates to unknown \(related)")
                #expect(related != rule.id)
            }
            if rule.id == "DJPAS-8" { #expect(rule.triggers.isEmpty) } else { #expect(!rule.triggers.isEmpty) }
            for trigger in rule.triggers {
                if let actions = trigger.actions {
                    #expect(Set(actions).isSubset(of: Set(rule.actions)), "\(rule.id) trigger actions")
                }
            }
        }
    }

    @Test func everyReferencedSignalIsKnown() throws {
        let rules = try Self.loadRules().map(\.rule)
        let ids = Set(rules.map(\.id))
        for rule in rules {
            for signal in rule.referencedSignals {
                if signal.hasPrefix("target.topic.") {
                    let topic = String(signal.dropFirst("target.topic.".count))
                    #expect(TargetDetector.topics.contains(topic), "\(rule.id): \(signal)")
                } else if signal.hasPrefix("target.") && signal != "target.any" {
                    #expect(ids.contains(String(signal.dropFirst("target.".count))), "\(rule.id): \(signal)")
                } else {
                    #expect(Self.lexiconSignals.contains(signal) || Self.detectorSignals.contains(signal)
                            || Self.modelSignals.contains(signal) || Self.ruleModelSignals.contains(signal),
                            "\(rule.id) uses unknown signal \(signal)")
                }
            }
            // A rule-level model alone asks for review at most: a block needs words a lexicon or detector found.
            let policy = DecisionPolicy()
            for trigger in rule.triggers where !trigger.all.isEmpty && trigger.all.allSatisfy({ Self.ruleModelSignals.contains($0.signal) }) {
                #expect(trigger.any.isEmpty && trigger.score >= policy.reviewAt && trigger.score < policy.blockAt,
                        "\(rule.id): a violations-model trigger must ask for review only")
            }
            // The other models' signals never fire a rule on their own: a trigger naming one also requires a
            // lexicon or detector signal, so that the model and the lexicon confirm each other.
            for trigger in rule.triggers where (trigger.all + trigger.any).contains(where: { Self.modelSignals.contains($0.signal) }) {
                #expect(trigger.all.contains { !Self.modelSignals.contains($0.signal) },
                        "\(rule.id) triggers on a model signal alone")
                #expect(!trigger.any.contains { Self.modelSignals.contains($0.signal) }
                        || trigger.all.contains { Self.modelSignals.contains($0.signal) },
                        "\(rule.id): a model signal in 'any' needs a model signal in 'all' too")
            }
        }
    }

    @Test func everyLexiconSignalHasAWellFormedFile() throws {
        let folder = Self.rulebookURL.appendingPathComponent("lexicons")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") })
        #expect(files == Set(Self.lexiconSignals.map { "\($0).txt" }))
        // Words are lower-case letters and digits; a hyphen may join parts of one written word ("x-ray").
        let line = /[a-z0-9]+(-[a-z0-9]+)*( [a-z0-9]+(-[a-z0-9]+)*)*( \| (0(\.[0-9]+)?|1(\.0+)?))?/
        for name in files.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasPrefix("#"), "\(name) needs a header comment")
            var seen = Set<String>()
            for (number, entry) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if entry.isEmpty || entry.hasPrefix("#") { continue }
                #expect(entry.wholeMatch(of: line) != nil, "\(name):\(number + 1) malformed: \(entry)")
                let phrase = String(entry.split(separator: "|").first ?? "").trimmingCharacters(in: .whitespaces)
                #expect(seen.insert(phrase).inserted, "\(name):\(number + 1) duplicate: \(phrase)")
            }
        }
    }

    @Test func manifestDecodes() throws {
        struct Manifest: Decodable {
            struct Decision: Decodable { var block_at: Double; var review_at: Double; var block_min_severity: Severity }
            var version: String
            var name: LocalizedText
            var decision: Decision
        }
        let data = try Data(contentsOf: Self.rulebookURL.appendingPathComponent("manifest.json"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        #expect(manifest.version == "2026.11.0")
        #expect(manifest.decision.review_at < manifest.decision.block_at)
    }
}
