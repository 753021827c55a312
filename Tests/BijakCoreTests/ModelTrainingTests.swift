import Foundation
import Testing
@testable import BijakCore

@Suite struct ModelTrainingTests {
    @Test func trainingIsDeterministic() throws {
        let first = try ModelFixture.train().model
        let second = try ModelFixture.train().model
        #expect(first.weights == second.weights)
        #expect(first.idf == second.idf)
        #expect(first.thresholds == second.thresholds)
        #expect(first.scores(forRawText: "kamu bodoh", analyzer: ModelFixture.analyzer) == second.scores(forRawText: "kamu bodoh", analyzer: ModelFixture.analyzer))
    }

    @Test func trainingDoesNotDependOnThreadCount() throws {
        let data = try ModelFixture.dataset()
        let one = ModelTrainer.train(recipe: ModelFixture.recipe, data: data, dev: data, analyzer: ModelFixture.analyzer, threads: 1).model
        let two = ModelTrainer.train(recipe: ModelFixture.recipe, data: data, dev: data, analyzer: ModelFixture.analyzer, threads: 2).model
        #expect(one.weights == two.weights)
    }

    @Test func learnsTheFixture() throws {
        let model = try ModelFixture.train().model
        let insult = model.scores(forRawText: "dasar bodoh kamu", analyzer: ModelFixture.analyzer)
        let spam = model.scores(forRawText: "slot gacor deposit kecil", analyzer: ModelFixture.analyzer)
        let plain = model.scores(forRawText: "selamat pagi, rapat dinas jam sembilan", analyzer: ModelFixture.analyzer)
        #expect(insult[0] > plain[0])
        #expect(spam[1] > plain[1])
        #expect(spam[1] > insult[1])
    }

    @Test func savedAndReloadedModelScoresIdentically() throws {
        let model = try ModelFixture.train().model
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fixture-\(UUID()).bijakmodel")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let reloaded = try TextModel.load(from: url)
        #expect(reloaded.name == model.name)
        #expect(reloaded.version == model.version)
        #expect(reloaded.labels == model.labels)
        #expect(reloaded.thresholds == model.thresholds)
        #expect(reloaded.normalizer == model.normalizer)
        for text in ["dasar tolol", "slot gacor maxwin 🔥", "Selamat Pagi!", "", "𝐬𝐥𝐨𝐭 ɢᴀᴄᴏʀ"] {
            #expect(reloaded.scores(forRawText: text, analyzer: ModelFixture.analyzer) == model.scores(forRawText: text, analyzer: ModelFixture.analyzer))
        }
        // Writing the reloaded model gives the same bytes.
        let again = url.appendingPathExtension("2")
        defer { try? FileManager.default.removeItem(at: again) }
        try reloaded.write(to: again)
        #expect(try Data(contentsOf: again) == Data(contentsOf: url))
    }

    @Test func refusesUnknownNormalisers() throws {
        let model = try ModelFixture.train().model
        var data = try ModelFile.encode(model)
        let header = Data("engine-v1".utf8), foreign = Data("engine-v0".utf8)
        let range = try #require(data.range(of: header))
        data.replaceSubrange(range, with: foreign)
        #expect(throws: ModelDataError.self) { try ModelFile.decode(data) }
    }

    @Test func bundledModelsScoreTheEnginesAnalysis() throws {
        let model = try TextModel.bundled("hatespeech")
        #expect(model.normalizer.identifier == "engine-v1")
        let analysis = ModelFixture.analyzer.analyze("dasar g0bl0kkk lu anjiiing")
        #expect(model.scores(for: analysis) == model.scores(forRawText: "dasar g0bl0kkk lu anjiiing",
                                                           analyzer: ModelFixture.analyzer))
        #expect(model.scores(for: analysis)[1] > model.scores(forRawText: "selamat pagi", analyzer: ModelFixture.analyzer)[1])
    }

    @Test func refusesForeignFiles() {
        #expect(throws: ModelDataError.self) { try ModelFile.decode(Data("not a model".utf8)) }
    }

    @Test func stableSplitIsFixed() {
        let split = StableSplit(seed: "gambling", devBucket: 1, holdoutBucket: 0)
        // FNV-1a values do not change between runs or platforms; pin two.
        #expect(split.bucket(of: "abc") == split.bucket(of: "abc"))
        let buckets = (0..<1000).map { split.bucket(of: "id\($0)") }
        #expect(Set(buckets) == Set(0..<10))
        #expect(buckets.filter { $0 == 0 }.count > 60)
    }
}
