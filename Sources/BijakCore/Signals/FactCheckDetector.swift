/// Raises `factcheck_match` when the post's own text repeats or paraphrases a claim that fact-checkers found
/// false. The score maps the similarity above the store's threshold to 0.5...1; the detail is the debunk's url and
/// the evidence spans the post's words that the claim shares.
public struct FactCheckDetector: SignalDetector {
    /// The signal's name.
    public static let signalName = "factcheck_match"

    /// The debunked claims.
    public let store: FactCheckStore
    /// The similarity at which a claim matches.
    public let threshold: Double

    /// Creates the detector.
    public init(store: FactCheckStore, threshold: Double = FactCheckStore.defaultThreshold) {
        self.store = store
        self.threshold = threshold
    }

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        guard store.count > 0, let field = input.fields.first, field.name == "text" else { return }
        let terms = field.analysis.terms
        for match in store.matches(terms: terms, threshold: threshold, limit: 1) {
            guard let first = match.termIndexes.first, let last = match.termIndexes.last else { continue }
            let score = 0.5 + 0.5 * (match.similarity - threshold) / max(1e-9, 1 - threshold)
            signals.add(Signal(name: Self.signalName, score: score, spans: [terms[first].span.union(terms[last].span)],
                               termRange: first..<(last + 1), origin: "factcheck:\(match.claim.source)",
                               detail: match.claim.url, field: field.name))
        }
    }
}
