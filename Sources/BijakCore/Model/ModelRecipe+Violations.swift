extension ModelRecipe {
    /// The rule groups the `violations` model learns, each read from the rule ids a labelled post breaks.
    ///
    /// One label per rule whose violations are said in many ways the lexicons cannot list: confidential
    /// information, misleading news, campaigning, state symbols, misuse of position, hate against the state, SARA
    /// hate, radicalism and indecency (SE137-7 without a hoax), and the rest of SE137-8 (gambling, threats,
    /// extortion, insult, defamation). DJPAS-7 is left out: whether a live stream is in uniform is in its context,
    /// not its words.
    public static let violationLabels: [PostLabelRule] = [
        PostLabelRule(label: "confidential", anyOf: ["DJPAS-6", "SE137-3"], noneOf: ["DJPAS-4", "SE137-6"]),
        PostLabelRule(label: "misleading", anyOf: ["DJPAS-4", "SE137-6"]),
        PostLabelRule(label: "neutrality", anyOf: ["NETRAL-1", "NETRAL-2", "NETRAL-3"]),
        PostLabelRule(label: "state_symbols", anyOf: ["DJPAS-5"]),
        PostLabelRule(label: "position_misuse", anyOf: ["SE137-4"]),
        PostLabelRule(label: "state_hate", anyOf: ["DJPAS-1", "BKN-1"]),
        PostLabelRule(label: "sara_hate", anyOf: ["DJPAS-2", "BKN-2"]),
        PostLabelRule(label: "radicalism_indecency", anyOf: ["SE137-7"], noneOf: ["DJPAS-4", "SE137-6"]),
        PostLabelRule(label: "harmful", anyOf: ["SE137-8"], noneOf: ["DJPAS-2", "BKN-2"]),
    ]

    /// Bijak's own labelled posts: which rule a post most likely breaks, for the phrasings no lexicon lists.
    /// Thresholds are tuned on dev plus five-fold out-of-fold scores, each the best F1 that flags at most 1 % of
    /// the allowed posts, so the model adds findings without adding many false alarms (model card).
    public static let violations: ModelRecipe = {
        let labels = violationLabels.map(\.label)
        var recipe = ModelRecipe(
            name: "violations", version: "1.0.0", labels: labels, schema: DatasetSchema(labelColumns: labels),
            features: sharedFeatures, logistic: LogisticSettings(), normalizer: ModelTextNormalizer(),
            split: StableSplit(seed: "violations", devBucket: 0))
        recipe.thresholdFolds = 5
        recipe.postLabels = violationLabels
        recipe.maxAllowedRate = 0.01
        return recipe
    }()
}
