import Foundation
import Testing
@testable import BijakCore

/// The `violations` model learns from labelled posts: how their rule ids become labels, which posts are left out,
/// and how thresholds keep false alarms on allowed posts under the cap.
@Suite struct PostLabelTrainingTests {
    static let rules = ModelRecipe.violationLabels

    @Test func expectedRulesBecomeLabels() throws {
        let jsonl = """
        {"text": "denah blok C dan jadwal jaga malam", "expected": ["DJPAS-6", "SE137-3"]}
        {"text": "sebarkan! katanya air PAM beracun", "expected": ["DJPAS-4", "SE137-6", "SE137-7"]}
        {"text": "selamat pagi rekan-rekan", "expected": []}
        {"text": "kaum itu memang penipu semua", "expected": ["DJPAS-2", "BKN-2", "SE137-8"]}
        """
        var summary = LabelledDataset.PostReadingSummary()
        let data = try LabelledDataset.labelledPosts(Data(jsonl.utf8), rules: Self.rules, summary: &summary)
        let labels = Self.rules.map(\.label)
        func positives(_ row: Int) -> Set<String> {
            Set(zip(labels, data.labels[row]).filter(\.1).map(\.0))
        }
        #expect(data.count == 4 && summary.kept == 4)
        #expect(positives(0) == ["confidential"])
        // A hoax breaks SE137-7 too, but it teaches "misleading", not radicalism; SARA hate is not "harmful".
        #expect(positives(1) == ["misleading"])
        #expect(positives(2).isEmpty)
        #expect(positives(3) == ["sara_hate"])
    }

    @Test func postsWhoseWordsDoNotCarryTheVerdictAreSkipped() throws {
        let jsonl = """
        {"text": "", "action": "like", "target": "coblos 02", "expected": ["NETRAL-2"]}
        {"text": "setuju banget", "action": "comment", "target": "bubarkan saja negara ini", "expected": ["DJPAS-3"]}
        {"text": "karaoke dulu gaes", "action": "live", "context": {"live": true, "uniform": true}, "expected": ["DJPAS-7"]}
        {"text": "karaoke dulu gaes", "context": {"live": true}, "expected": ["DJPAS-7"]}
        {"text": "   ", "expected": []}
        {"text": "pakai seragam joget", "expected": ["SE137-2"]}

        {"text": "jual sate ayam pesan japri", "expected": []}
        """
        var summary = LabelledDataset.PostReadingSummary()
        let data = try LabelledDataset.labelledPosts(Data(jsonl.utf8), rules: Self.rules, summary: &summary)
        #expect(data.texts == ["jual sate ayam pesan japri"])
        #expect(summary == LabelledDataset.PostReadingSummary(kept: 1, skippedContextual: 4, skippedEmpty: 1,
                                                              skippedUncovered: 1))
    }

    @Test func badLinesAreNamed() {
        var summary = LabelledDataset.PostReadingSummary()
        let cases: [(String, ModelDataError)] = [
            ("{\"text\": \"a\", \"expected\": []}\n{oops", .badJSONLine(line: 2, reason: "bukan objek JSON / not a JSON object")),
            ("[1, 2]", .badJSONLine(line: 1, reason: "bukan objek JSON / not a JSON object")),
            ("{\"text\": \"a\", \"expected\": \"DJPAS-1\"}",
             .badJSONLine(line: 1, reason: "'expected' harus daftar id aturan / 'expected' must be a list of rule ids")),
            ("{\"text\": \"a\"}",
             .badJSONLine(line: 1, reason: "'expected' harus daftar id aturan / 'expected' must be a list of rule ids")),
            ("", .noRows),
            ("{\"text\": \"\", \"expected\": []}", .noRows),
        ]
        for (jsonl, error) in cases {
            #expect(throws: error) {
                try LabelledDataset.labelledPosts(Data(jsonl.utf8), rules: Self.rules, summary: &summary)
            }
        }
        // Invalid UTF-8 is a bad line, not a crash.
        var bytes = Data("{\"text\": \"".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE])
        bytes.append(contentsOf: Data("\", \"expected\": []}".utf8))
        #expect(throws: ModelDataError.self) {
            try LabelledDataset.labelledPosts(bytes, rules: Self.rules, summary: &summary)
        }
    }

    @Test func cappedThresholdFlagsFewAllowedPosts() {
        // Scores high to low: positive, allowed, positive, positive, allowed, other-rule violation.
        let scores = [0.95, 0.9, 0.8, 0.7, 0.6, 0.5]
        let gold = [true, false, true, true, false, false]
        let allowed = [false, true, false, false, true, false]
        // Uncapped, F1 is best cutting below 0.7 (3 of 3 positives, one allowed flagged).
        #expect(abs(ThresholdTuning.bestThreshold(scores: scores, gold: gold) - 0.65) < 1e-12)
        // Flagging no allowed post leaves only the top score.
        #expect(abs(ThresholdTuning.bestThreshold(scores: scores, gold: gold, allowed: allowed,
                                                  maxAllowedRate: 0) - 0.925) < 1e-12)
        // Half of the allowed posts may be flagged: the uncapped choice fits.
        #expect(abs(ThresholdTuning.bestThreshold(scores: scores, gold: gold, allowed: allowed,
                                                  maxAllowedRate: 0.5) - 0.65) < 1e-12)
        // An allowed post scoring highest leaves no threshold within the cap: nothing is flagged.
        let top = ThresholdTuning.bestThreshold(scores: [0.9, 0.8], gold: [false, true], allowed: [true, false],
                                                maxAllowedRate: 0)
        #expect(top > 0.9)
    }

    @Test func trainingFromLabelledPostsLearnsTheRules() throws {
        var recipe = ModelRecipe.violations
        recipe.features = FeatureConfig(bits: 12)
        recipe.thresholdFolds = 0
        var lines: [String] = []
        for index in 0..<6 {
            lines.append("{\"text\": \"bisa bantu urus remisi \(index) asal ada uang rokok\", \"expected\": [\"SE137-4\"]}")
            lines.append("{\"text\": \"jadwal jaga pos atas kosong malam \(index)\", \"expected\": [\"DJPAS-6\", \"SE137-3\"]}")
            lines.append("{\"text\": \"selamat pagi rekan kerja \(index) semangat\", \"expected\": []}")
        }
        var summary = LabelledDataset.PostReadingSummary()
        let data = try LabelledDataset.labelledPosts(Data(lines.joined(separator: "\n").utf8), rules: recipe.postLabels,
                                                     summary: &summary)
        let model = ModelTrainer.train(recipe: recipe, data: data, dev: data, analyzer: ModelFixture.analyzer).model
        let misuse = try #require(model.labels.firstIndex(of: "position_misuse"))
        let leak = try #require(model.labels.firstIndex(of: "confidential"))
        let offer = model.scores(forRawText: "bisa bantu urus remisi asal ada uang rokok", analyzer: ModelFixture.analyzer)
        let greeting = model.scores(forRawText: "selamat pagi rekan kerja", analyzer: ModelFixture.analyzer)
        #expect(offer[misuse] >= model.thresholds[misuse])
        #expect(offer[leak] < model.thresholds[leak])
        #expect(greeting[misuse] < model.thresholds[misuse])
    }
}
