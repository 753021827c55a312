import Foundation

/// Which words of a post a model's decision leans on most.
///
/// Without this, a finding from the model alone would show the user a rule and a score but no words, and the
/// brief asks that every problem come with its exact words. The models are linear, and apart from word bigrams
/// every feature (words, stems, `char_wb` grams) comes from a single word. So a word's own features, scored
/// alone, approximate its part in the decision. That takes one small scoring per word, not one scoring of the
/// whole post per word: leaving each word out in turn, tried first, named much the same words on the posts
/// compared and cost 40 % of the check's throughput on a corpus the model often flags. Bigrams are the part this
/// misses ("tau sama tau"). It runs only when the model decides a label, on posts of at most ``maxTokens`` tokens.
struct ModelEvidence {
    /// Longer posts get no word evidence rather than a slow check.
    static let maxTokens = 80
    /// At most this many words are shown.
    static let maxSpans = 3

    /// Each word's span and how far its own features move each label's log-odds above the bias alone.
    private let words: [(span: TextSpan, lifts: [Double])]

    /// Scores every word of `analysis` once, for all of `model`'s labels, so that a post flagged under several
    /// labels is not scored word by word again for each.
    init(model: TextModel, analysis: AnalyzedText) {
        var tokenOrder: [Int] = []
        var termsByToken: [Int: [Int]] = [:]
        for (position, term) in analysis.terms.enumerated() where term.kind == .word {
            if termsByToken[term.tokenIndex] == nil { tokenOrder.append(term.tokenIndex) }
            termsByToken[term.tokenIndex, default: []].append(position)
        }
        guard !tokenOrder.isEmpty, tokenOrder.count <= Self.maxTokens else {
            words = []
            return
        }
        // The empty text's score is the bias alone.
        let baseline = model.scores(for: ModelText(words: "", stems: "", raw: "")).map(Self.logOdds)
        words = tokenOrder.map { token in
            let terms = (termsByToken[token] ?? []).map { analysis.terms[$0] }
            let span = terms.map(\.span).reduce(analysis.tokens[token].span) { $0.union($1) }
            let text = ModelText(words: terms.map(\.text).joined(separator: " "),
                                 stems: terms.map(\.stem).joined(separator: " "), raw: analysis.excerpt(span))
            return (span, zip(model.scores(for: text).map(Self.logOdds), baseline).map { $0 - $1 })
        }
    }

    /// The spans of the (at most ``maxSpans``) words whose own features push `label` up most, in text order.
    func decisiveSpans(label: Int) -> [TextSpan] {
        let lifts = words.map { (lift: $0.lifts[label], span: $0.span) }
        guard let largest = lifts.map(\.lift).max(), largest > 0 else { return [] }
        // Words that matter much less than the most telling one are noise in the explanation.
        return lifts.filter { $0.lift >= 0.3 * largest }
            .sorted { $0.lift > $1.lift }
            .prefix(Self.maxSpans)
            .map(\.span)
            .sorted()
    }

    private static func logOdds(_ probability: Double) -> Double {
        let p = min(max(probability, 1e-9), 1 - 1e-9)
        return log(p / (1 - p))
    }
}
