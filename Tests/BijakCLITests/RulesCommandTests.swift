import Foundation
import Testing

@Suite struct RulesCommandTests {
    @Test func listsEveryRule() throws {
        let result = try CLI.run(["rules", "--json"])
        #expect(result.status == 0)
        let json = try #require(result.json)
        let rules = try #require(json["rules"] as? [[String: Any]])
        #expect(rules.count == 25)
        #expect(json["rulebook_version"] is String)
        #expect(rules.contains { $0["id"] as? String == "DJPAS-2" })
        for rule in rules {
            #expect(rule["title"] is String && rule["severity"] is String && rule["actions"] is [String])
        }
    }

    @Test func englishTitles() throws {
        let indonesian = try CLI.run(["rules", "--json"]).json?["rules"] as? [[String: Any]]
        let english = try CLI.run(["rules", "--json", "--lang", "en"]).json?["rules"] as? [[String: Any]]
        #expect(indonesian?.first?["title"] as? String != english?.first?["title"] as? String)
    }

    @Test func showsOneRule() throws {
        let result = try CLI.run(["rules", "show", "DJPAS-2"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("DJPAS-2"))
        #expect(result.stdout.contains("Pemicu / Triggers"))
        let json = try CLI.run(["rules", "show", "djpas-2", "--json"])
        #expect(json.json?["id"] as? String == "DJPAS-2")
    }

    @Test func unknownIDFailsWithCloseIDs() throws {
        let result = try CLI.run(["rules", "show", "DJPAS-20"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("DJPAS-2"))
    }
}
