@testable import BijakServer
import Testing

/// The Humas archive's and the training's settings are read with the others, with documented defaults.
@Suite struct HumasTrainingSettingsTests {
    @Test func defaultsAreDocumentedAndValuesAreRead() throws {
        #expect(try ServerConfiguration.fromEnvironment([:]).humasTraining
            == HumasTrainingSettings(archiveRetentionDays: 1_825, trainingPassPercent: 80, trainingQuizSize: 10))
        let read = try ServerConfiguration.fromEnvironment([
            "BIJAK_HUMAS_RETENTION_DAYS": "365", "BIJAK_TRAINING_PASS_PERCENT": "70", "BIJAK_TRAINING_QUIZ_SIZE": "20"])
        #expect(read.humasTraining == HumasTrainingSettings(archiveRetentionDays: 365, trainingPassPercent: 70,
                                                            trainingQuizSize: 20))
    }

    @Test(arguments: [
        ("BIJAK_HUMAS_RETENTION_DAYS", "0"), ("BIJAK_HUMAS_RETENTION_DAYS", "lima tahun"),
        ("BIJAK_TRAINING_PASS_PERCENT", "101"), ("BIJAK_TRAINING_QUIZ_SIZE", "0"), ("BIJAK_TRAINING_QUIZ_SIZE", "51"),
    ])
    func wrongValuesNameTheVariable(variable: String, value: String) throws {
        let error = #expect(throws: ConfigurationError.self) {
            try ServerConfiguration.fromEnvironment([variable: value])
        }
        #expect(error?.variable == variable)
    }
}
