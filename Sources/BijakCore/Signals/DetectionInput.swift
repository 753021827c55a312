/// One text of a post (the post's own words, or a media caption or alternative text) after analysis.
public struct AnalyzedField: Sendable {
    /// `text`, `media[0].caption`, `media[0].alt_text`.
    public var name: String
    /// The analysed text.
    public var analysis: AnalyzedText
}

/// Everything detectors may look at for one post.
public struct DetectionInput: Sendable {
    /// The post being checked.
    public var post: Post
    /// Its texts, analysed; the first is always the post's own text.
    public var fields: [AnalyzedField]
    /// The verdict on the post being shared, liked or commented on, if any.
    public var targetVerdict: Verdict?
    /// The signals of that post (what it is about), if any.
    public var targetSignals: SignalSet?
}

/// A small detector with one concern: it looks at a post and adds the signals it finds.
public protocol SignalDetector: Sendable {
    /// Adds the signals found in `input` to `signals`.
    func detect(_ input: DetectionInput, into signals: inout SignalSet)
}

extension DetectionInput {
    /// The texts in which the lexicon signal `name` was found, each with the instances found there. Detectors that
    /// refine a lexicon's finds (a marking used as a label, a spread verb used as a command) read these instead of
    /// every word, which keeps them nearly free on posts without such words. They must run after the lexicons.
    func fields(withFindsOf name: String, in signals: SignalSet) -> [(field: AnalyzedField, finds: [Signal])] {
        let found = signals.instances(of: name)
        guard !found.isEmpty else { return [] }
        return fields.compactMap { field in
            let finds = found.filter { $0.field == field.name }
            return finds.isEmpty ? nil : (field, finds)
        }
    }
}
