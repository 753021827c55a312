/// Scores a post's own words with the trained text models and adds one signal per label.
///
/// The post's text and its media captions are read together, from the analysis the engine already made for its
/// lexicons (the models' normaliser `engine-v1` is that analysis), so no text is normalised twice. Signals are
/// named `model.label` (`hatespeech.HS`, `content.sara`, `gambling.judol`, `violations.misleading`) with origin
/// `model:NAME`.
///
/// A signal's score is the label's probability rescaled piecewise-linearly so that the label's tuned decision
/// threshold maps to 0.5: probabilities below the threshold spread over 0..<0.5, those above over 0.5...1. A
/// rule condition `hatespeech.HS>=0.5` therefore means "the model decides HS"; `>=0.7` asks for more confidence.
/// Every label adds a signal, even a weak one, so that rules can tell "the model finds little" (a low score) from
/// "no model is loaded" (no signal).
public struct ModelDetector: SignalDetector {
    /// The models scored, in order.
    public var models: [TextModel] { bank.models }
    private let bank: ModelBank
    private let signalNames: [[String]]
    /// `model:NAME` per model, built once rather than per signal.
    private let origins: [String]

    /// Creates a detector for `models`; those that share a feature configuration are hashed together.
    public init(models: [TextModel]) {
        self.bank = ModelBank(models: models)
        self.signalNames = models.map { model in model.labels.map { "\(model.name).\($0)" } }
        self.origins = models.map { "model:\($0.name)" }
    }

    /// Models whose decision alone makes a (review) finding, so their signals carry the words the decision rests
    /// on (``ModelEvidence``); the others only confirm lexicon evidence.
    static let explainedModels: Set<String> = ["violations"]
    /// Those models stay silent on a text of fewer words: "mantap, lanjutkan" under a shared post is too little to
    /// judge alone, and the post it shares is judged on its own words.
    static let explainedMinimumWords = 4

    /// The signal score for probability `probability` under decision threshold `threshold`.
    public static func rescale(_ probability: Double, threshold: Double) -> Double {
        let t = min(max(threshold, 1e-6), 1 - 1e-6)
        if probability < t { return 0.5 * max(0, probability) / t }
        return 0.5 + 0.5 * min(1, probability - t) / (1 - t)
    }

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        guard let first = input.fields.first else { return }
        var text = ModelText(first.analysis)
        var words = first.analysis.terms.count { $0.kind == .word }
        for field in input.fields.dropFirst() where field.name.hasSuffix(".caption") {
            let caption = ModelText(field.analysis)
            text.words += " " + caption.words
            text.stems += " " + caption.stems
            text.raw += "\n" + caption.raw
            words += field.analysis.terms.count { $0.kind == .word }
        }
        guard !text.words.isEmpty else { return }
        for (index, probabilities) in bank.scores(for: text).enumerated() {
            let model = models[index]
            let explained = Self.explainedModels.contains(model.name)
            if explained && words < Self.explainedMinimumWords { continue }
            // Only a model whose decision alone makes a finding needs words to show for it; its words are scored
            // once, on the first label it decides.
            var evidence: ModelEvidence?
            for label in model.labels.indices {
                let score = Self.rescale(probabilities[label], threshold: model.thresholds[label])
                var spans: [TextSpan] = []
                if explained && score >= 0.5 {
                    if evidence == nil { evidence = ModelEvidence(model: model, analysis: first.analysis) }
                    spans = evidence?.decisiveSpans(label: label) ?? []
                }
                signals.add(Signal(name: signalNames[index][label], score: score, spans: spans, origin: origins[index],
                                   detail: model.labels[label], field: first.name))
            }
        }
    }
}
