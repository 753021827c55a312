/// Settings of the Humas archive and the ethics training, read from the environment with the others.
public struct HumasTrainingSettings: Sendable, Equatable {
    /// Days a published institutional post stays in the archive (`BIJAK_HUMAS_RETENTION_DAYS`, default 1,825:
    /// five years); `bijak humas purge` deletes older ones.
    public var archiveRetentionDays: Int
    /// Percentage of correct answers that passes a quiz (`BIJAK_TRAINING_PASS_PERCENT`, default 80).
    public var trainingPassPercent: Int
    /// Questions drawn for one quiz (`BIJAK_TRAINING_QUIZ_SIZE`, default 10).
    public var trainingQuizSize: Int

    /// Creates settings; the defaults are those documented for the environment variables.
    public init(archiveRetentionDays: Int = 1_825, trainingPassPercent: Int = 80, trainingQuizSize: Int = 10) {
        self.archiveRetentionDays = archiveRetentionDays
        self.trainingPassPercent = trainingPassPercent
        self.trainingQuizSize = trainingQuizSize
    }

    /// Reads the settings; a value out of range stops start-up with a ``ConfigurationError``.
    static func read(_ env: EnvironmentReader) throws -> HumasTrainingSettings {
        let defaults = HumasTrainingSettings()
        return HumasTrainingSettings(
            archiveRetentionDays: try env.integer("BIJAK_HUMAS_RETENTION_DAYS", in: 1...36_500) ?? defaults.archiveRetentionDays,
            trainingPassPercent: try env.integer("BIJAK_TRAINING_PASS_PERCENT", in: 1...100) ?? defaults.trainingPassPercent,
            trainingQuizSize: try env.integer("BIJAK_TRAINING_QUIZ_SIZE", in: 1...50) ?? defaults.trainingQuizSize)
    }
}
