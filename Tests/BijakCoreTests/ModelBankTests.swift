import Foundation
import Testing
@testable import BijakCore

@Suite struct ModelBankTests {
    static let texts = ["dasar tolol", "slot gacor maxwin 🔥", "Selamat Pagi!", "", "𝐬𝐥𝐨𝐭 ɢᴀᴄᴏʀ",
                        "kamu bodoh bodoh bodoh bodoh main slot terus", "b o d o h"]

    @Test func fusedScoresEqualEachModelsOwnScores() throws {
        let fixture = try ModelFixture.train().model
        // A second model with the same features but other weights, and a third with other features.
        var otherRecipe = ModelFixture.recipe
        otherRecipe.logistic.c = 0.5
        let data = try ModelFixture.dataset()
        let sibling = ModelTrainer.train(recipe: otherRecipe, data: data, dev: data, analyzer: ModelFixture.analyzer).model
        otherRecipe.features = FeatureConfig(bits: 11, charMaxN: 4, stemWeight: 0.5, rawCharWeight: 1)
        let stranger = ModelTrainer.train(recipe: otherRecipe, data: data, dev: data, analyzer: ModelFixture.analyzer).model
        let bank = ModelBank(models: [fixture, stranger, sibling])
        for raw in Self.texts {
            let text = ModelText(rawText: raw, analyzer: ModelFixture.analyzer)
            let fused = bank.scores(for: text)
            #expect(fused.count == 3)
            #expect(fused[0] == fixture.scores(for: text), "\(raw)")
            #expect(fused[1] == stranger.scores(for: text), "\(raw)")
            #expect(fused[2] == sibling.scores(for: text), "\(raw)")
        }
        #expect(sibling.scores(for: ModelText(rawText: "dasar tolol", analyzer: ModelFixture.analyzer))
            != fixture.scores(for: ModelText(rawText: "dasar tolol", analyzer: ModelFixture.analyzer)))
    }

    @Test func bundledModelsFuseExactly() throws {
        let models = try ["hatespeech", "content", "gambling"].map(TextModel.bundled)
        let bank = ModelBank(models: models)
        for raw in Self.texts + ["Dasar cebong goblok, agama lu sesat", "situs slot g4c0r depo 10rb"] {
            let text = ModelText(rawText: raw, analyzer: ModelFixture.analyzer)
            #expect(bank.scores(for: text) == models.map { $0.scores(for: text) }, "\(raw)")
        }
    }
}
