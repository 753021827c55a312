import Foundation
import Testing
@testable import BijakCore

@Suite struct ModelRecipeTests {
    /// Out-of-fold tuning: every training row is scored once by a model that did not see it, and training with folds
    /// stays deterministic.
    @Test func outOfFoldScoresCoverEveryTrainingRowOnce() throws {
        var recipe = ModelFixture.recipe
        recipe.thresholdFolds = 3
        let data = try ModelFixture.dataset()
        let first = ModelTrainer.train(recipe: recipe, data: data, dev: data, analyzer: ModelFixture.analyzer)
        let second = ModelTrainer.train(recipe: recipe, data: data, dev: data, analyzer: ModelFixture.analyzer)
        let report = try #require(first.outOfFoldReport)
        let positives = recipe.labels.indices.map { label in data.labels.filter { $0[label] }.count }
        #expect(recipe.labels.map { report.labels[$0]?.support } == positives)
        #expect(first.model.thresholds == second.model.thresholds)
        #expect(first.model.weights == second.model.weights)
        // Without folds there is no such report, and the final weights do not depend on the folds.
        let plain = try ModelFixture.train()
        #expect(plain.outOfFoldReport == nil)
        #expect(plain.model.weights == first.model.weights)
    }

    @Test func perLabelSettingsOverrideTheRecipe() throws {
        var recipe = ModelFixture.recipe
        let data = try ModelFixture.dataset()
        let plain = ModelTrainer.train(recipe: recipe, data: data, dev: data, analyzer: ModelFixture.analyzer).model
        recipe.labelSettings["judi"] = LogisticSettings(logCountRatio: true)
        let mixed = ModelTrainer.train(recipe: recipe, data: data, dev: data, analyzer: ModelFixture.analyzer).model
        let weights = { (model: TextModel, label: Int) in
            stride(from: label, to: model.weights.count, by: model.labels.count).map { model.weights[$0] }
        }
        #expect(weights(plain, 0) == weights(mixed, 0))
        #expect(weights(plain, 1) != weights(mixed, 1))
    }

    /// The checker hashes a post once for all shipped models, which needs one feature configuration; the committed
    /// files must be what the recipes say.
    @Test func shippedModelsShareOneFeatureConfiguration() throws {
        for name in EngineLoader.ModelSelection.bundledNames {
            let recipe = try ModelRecipe.named(name)
            let model = try TextModel.bundled(name)
            #expect(recipe.features == ModelRecipe.sharedFeatures)
            #expect(model.features == recipe.features, "\(name)")
            #expect(model.version == recipe.version, "\(name)")
            #expect(model.labels == recipe.labels, "\(name)")
        }
    }
}
