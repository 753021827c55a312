/// Reads a post against the election data: whether it is published during a campaign period
/// (`context.campaign_period`), names written the way a campaign writes them ("AMIN", "PAN", "GARUDA", matched
/// only as written; other names come through the `candidate` and `party` lexicons), a ballot number right after
/// a campaign verb ("coblos 02", "pilih 3", "nyoblos selain 01" is not one) as `ballot_number`, and hashtags that
/// pair a ballot number with a candidate's or party's name ("#01AminAja") as `campaign_hashtag`.
public struct ElectionDetector: SignalDetector {
    /// The signal raised when a post's time falls in a campaign period.
    public static let campaignPeriodSignal = "context.campaign_period"
    /// The signal raised when a post's time is known and falls in no campaign period: a statistical guess at
    /// campaigning weighs less then ("salam 2 jari" a year after the election is a greeting).
    public static let outsideCampaignSignal = "context.outside_campaign"
    private static let verbs: Set<String> = ["coblos", "nyoblos", "mencoblos", "dicoblos", "pilih", "memilih", "contreng",
                                             "mencontreng", "dukung", "mendukung", "menangkan", "memenangkan", "menangin"]

    private struct ExactName: Sendable {
        var words: [String]
        var signal: String
        var score: Double
    }

    private let election: ElectionData
    /// Case-sensitive names by their first word's lower-cased, normalised form.
    private let exactNames: [String: [ExactName]]
    /// Single words of candidates' and parties' names, normalised, for hashtags ("amin", "ganjar", "pdip").
    private let nameWords: Set<String>
    /// Words in names that name nobody in particular.
    private static let commonNameWords: Set<String> = ["partai", "indonesia", "raya", "nasional", "rakyat", "pak", "mas", "prof",
                                                       "gus", "cak", "bangsa", "persatuan", "party", "the", "of", "dan", "md"]

    /// Creates the detector for one election; `analyzer` normalises the names' first words as posts are normalised.
    public init(election: ElectionData, analyzer: TextAnalyzer) {
        self.election = election
        var names: [String: [ExactName]] = [:]
        func register(_ alias: String, signal: String, score: Double) {
            let words = alias.split(separator: " ").map(String.init)
            guard let first = words.first, let key = analyzer.analyze(first).terms.first?.text else { return }
            names[key, default: []].append(ExactName(words: words, signal: signal, score: score))
        }
        for candidate in election.candidates {
            for alias in candidate.caseSensitiveAliases { register(alias, signal: "candidate", score: 1) }
        }
        for party in election.parties {
            for alias in party.caseSensitiveAliases { register(alias, signal: "party", score: 0.9) }
        }
        exactNames = names
        var words = Set<String>()
        let written = election.candidates.flatMap { $0.names + $0.aliases + $0.caseSensitiveAliases }
            + election.parties.flatMap { [$0.abbreviation] + $0.caseSensitiveAliases }
        for name in written {
            for term in analyzer.analyze(name).terms where term.text.count >= 3 && !Self.commonNameWords.contains(term.text) {
                words.insert(term.text)
            }
        }
        nameWords = words
    }

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        let context = input.post.context
        if let time = context.time {
            let inCampaign = election.isCampaignTime(time, utcOffsetSeconds: context.utcOffsetSeconds ?? DutySchedule.wib)
            signals.add(Signal(name: inCampaign ? Self.campaignPeriodSignal : Self.outsideCampaignSignal, score: 1,
                               origin: "context:election"))
        }
        for field in input.fields {
            let analysis = field.analysis
            let terms = analysis.terms
            if analysis.tokens.contains(where: { $0.kind == .hashtag }) { hashtags(analysis, field: field.name, into: &signals) }
            for signal in signals.instances(of: "campaign_verb") where signal.field == field.name {
                // The campaign-verb lexicon found the verb; a ballot number may follow it.
                guard let range = signal.termRange, range.upperBound - 1 < terms.count else { continue }
                let index = range.upperBound - 1
                if Self.verbs.contains(terms[index].text) || terms[index].raw.map(Self.verbs.contains) == true || Self.verbs.contains(terms[index].stem) {
                    ballotNumber(after: index, terms: terms, field: field.name, into: &signals)
                }
            }
            guard !exactNames.isEmpty else { continue }
            let scalars = analysis.originalScalars
            for index in terms.indices {
                // Only capitalised words can be names written as a campaign writes them; one array read decides.
                let start = terms[index].span.start
                guard start < scalars.count, scalars[start].value >= 65, scalars[start].value <= 90 || !scalars[start].isASCII,
                      scalars[start].properties.isUppercase, let candidates = exactNames[terms[index].text] else { continue }
                for name in candidates where matches(name.words, at: index, analysis: analysis) {
                    let end = index + name.words.count
                    let span = terms[index].span.union(terms[end - 1].span)
                    signals.add(Signal(name: name.signal, score: name.score, spans: [span], termRange: index..<end,
                                       origin: "election:\(election.version)", detail: name.words.joined(separator: " "),
                                       field: field.name))
                }
            }
        }
    }

    /// "#01AminAja", "#Ganjar3": a hashtag holding both a ballot number and a name of this election. Its pieces
    /// share the hashtag's token (a number piece is a number term).
    private func hashtags(_ analysis: AnalyzedText, field: String, into signals: inout SignalSet) {
        let terms = analysis.terms
        var start = 0
        while start < terms.count {
            let token = terms[start].tokenIndex
            guard analysis.tokens[token].kind == .hashtag else { start += 1; continue }
            var end = start
            while end < terms.count, terms[end].tokenIndex == token { end += 1 }
            let pieces = terms[start..<end]
            let number = pieces.contains { $0.text.count <= 2 && Int($0.text).map(election.ballotNumbers.contains) == true }
            if number, pieces.contains(where: { nameWords.contains($0.text) }) {
                signals.add(Signal(name: "campaign_hashtag", score: 0.9, spans: [pieces.first!.span.union(pieces.last!.span)],
                                   termRange: start..<end, origin: "election:\(election.version)",
                                   detail: pieces.map(\.text).joined(separator: " "), field: field))
            }
            start = end
        }
    }

    private func ballotNumber(after index: Int, terms: [Term], field: String, into signals: inout SignalSet) {
        for next in (index + 1)..<min(terms.count, index + 3) {
            let term = terms[next]
            guard term.kind == .number, term.text.count <= 2, let number = Int(term.text) else { continue }
            guard election.ballotNumbers.contains(number) else { return }
            signals.add(Signal(name: "ballot_number", score: 1, spans: [terms[index].span.union(term.span)],
                               termRange: index..<(next + 1), origin: "detector:ballot_number",
                               detail: "ballot_number:\(number)", field: field))
            return
        }
    }

    /// Whether the original words at `index` are exactly `words` (a hashtag piece may run on in lower case:
    /// "#AMINajaDulu").
    private func matches(_ words: [String], at index: Int, analysis: AnalyzedText) -> Bool {
        let terms = analysis.terms
        guard index + words.count <= terms.count else { return false }
        for (offset, word) in words.enumerated() {
            let term = terms[index + offset]
            let written = analysis.excerpt(term.span)
            if written == word { continue }
            if term.kind == .hashtag, written.hasPrefix(word) || written.hasPrefix("#" + word) { continue }
            return false
        }
        return true
    }
}
