/// Which words of a post a model's decision rests on, found by leaving each word out in turn.
///
/// A model-only finding would otherwise show the user a rule and a score but no words, and the brief asks that
/// every problem be shown with its exact words. The models are linear over hashed n-grams, so a word's weight is
/// spread over many buckets; scoring the post again without the word measures its part directly, whatever the
/// features. It costs one scoring per word, so it runs only for labels the model decides, on posts of at most
/// ``maxTokens`` tokens.
enum ModelEvidence {
    /// Longer posts get no word evidence rather than a slow check.
    static let maxTokens = 80
    /// At most this many words are shown.
    static let maxSpans = 3

    /// The spans of the (at most ``maxSpans``) tokens whose removal lowers `label`'s probability most, in text
    /// order. `extra` is appended to every variant unchanged (the captions the model read with the text).
    static func decisiveSpans(model: TextModel, label: Int, analysis: AnalyzedText, extra: ModelText?,
                              fullProbability: Double) -> [TextSpan] {
        var tokenOrder: [Int] = []
        var termsByToken: [Int: [Int]] = [:]
        for (position, term) in analysis.terms.enumerated() where term.kind != .emoji {
            if termsByToken[term.tokenIndex] == nil { tokenOrder.append(term.tokenIndex) }
            termsByToken[term.tokenIndex, default: []].append(position)
        }
        guard tokenOrder.count > 1, tokenOrder.count <= maxTokens else { return [] }
        let normalizedTerms = analysis.normalized.split(separator: " ", omittingEmptySubsequences: false)
        guard normalizedTerms.count == analysis.terms.count else { return [] }
        var drops: [(drop: Double, span: TextSpan)] = []
        for token in tokenOrder {
            let left = Set(termsByToken[token] ?? [])
            let span = left.map { analysis.terms[$0].span }.reduce(analysis.tokens[token].span) { $0.union($1) }
            var text = ModelText(words: analysis.terms.indices.filter { !left.contains($0) }
                                    .map { String(normalizedTerms[$0]) }.joined(separator: " "),
                                 stems: analysis.terms.indices.filter { !left.contains($0) }
                                    .map { analysis.terms[$0].stem }.joined(separator: " "),
                                 raw: analysis.excerpt(TextSpan(start: 0, end: span.start)) + " "
                                    + analysis.excerpt(TextSpan(start: span.end, end: analysis.originalScalars.count)))
            if let extra {
                text.words += " " + extra.words
                text.stems += " " + extra.stems
                text.raw += "\n" + extra.raw
            }
            drops.append((fullProbability - model.scores(for: text)[label], span))
        }
        guard let largest = drops.map(\.drop).max(), largest > 0 else { return [] }
        // Words that matter much less than the most decisive one are noise in the explanation.
        return drops.filter { $0.drop >= 0.3 * largest }
            .sorted { $0.drop > $1.drop }
            .prefix(maxSpans)
            .map(\.span)
            .sorted()
    }
}
