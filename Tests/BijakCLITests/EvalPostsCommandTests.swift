import Foundation
import Testing

@Suite struct EvalPostsCommandTests {
    @Test func reportsPerRuleScoresAndTheBenignRate() throws {
        let lines = [
            #"{"text": "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini", "expected": ["DJPAS-2"], "group": "sara"}"#,
            #"{"text": "Selamat Hari Raya Natal bagi umat Kristiani", "expected": [], "group": "allowed"}"#,
            #"{"text": "Bendera merah putih ini cocoknya buat lap kaki", "expected": ["DJPAS-1"], "group": "symbols"}"#,
            #"{"text": "tanpa label"}"#,
        ]
        let file = try CLI.temporaryDirectory().appendingPathComponent("labelled.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["eval-posts", file.path, "--json"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rules = try #require(report["rules"] as? [String: [String: Any]])
        #expect(rules["DJPAS-2"]?["recall"] as? Double == 1)
        #expect(rules["DJPAS-2"]?["support"] as? Int == 1)
        // Labelled DJPAS-1 but found as DJPAS-5: a miss for one, a false alarm for the other.
        #expect(rules["DJPAS-1"]?["recall"] as? Double == 0)
        #expect(rules["DJPAS-5"]?["precision"] as? Double == 0)
        #expect(report["benign_false_positive_rate"] as? Double == 0)
        #expect(report["posts"] as? Int == 3)
        // Groups count violating posts only; the flag post was caught, but not for its labelled rule.
        let groups = try #require(report["groups"] as? [String: [String: Any]])
        #expect(Set(groups.keys) == ["sara", "symbols"])
        #expect(groups["sara"]?["recall"] as? Double == 1)
        #expect(groups["symbols"]?["recall"] as? Double == 0)
        #expect(report["violating_recall"] as? Double == 0.5)
        #expect(result.stderr.contains("baris 4 / line 4"))
    }

    @Test func aFileWithoutValidLinesIsRefused() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("empty.jsonl")
        try "{\"text\": 1}\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["eval-posts", file.path])
        #expect(result.status == 65)
    }
}
