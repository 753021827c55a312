/// Finds campaign cues that lexicons cannot list in advance, because names change every election:
/// hashtags that pair a campaign word with a name or number (`#AMANMenang`, `#Pilih01`, `#2019GantiPresiden`)
/// and candidate pairs written as two capitalised names joined by a hyphen (`Andi-Mansur`).
public struct CampaignCueDetector: SignalDetector {
    private static let campaignWords: Set<String> = ["menang", "pilih", "coblos", "dukung", "lanjutkan", "ganti", "paslon",
                                                     "capres", "cawapres", "caleg", "cagub", "cabup", "cawalkot", "periode"]
    private static let strongWords: Set<String> = ["pilih", "coblos", "paslon", "capres", "cawapres", "periode"]

    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        for field in input.fields {
            let analysis = field.analysis
            // Most posts have neither hashtags nor hyphenated words: check cheaply before doing any work.
            let hasHashtag = analysis.tokens.contains { $0.kind == .hashtag }
            let hasHyphen = analysis.tokens.contains { $0.kind == .word && $0.text.utf8.contains(UInt8(ascii: "-")) }
            guard hasHashtag || hasHyphen else { continue }
            var pieces: [Int: [Int]] = [:]
            for (index, term) in analysis.terms.enumerated() where term.kind == .hashtag {
                pieces[term.tokenIndex, default: []].append(index)
            }
            for (_, termIndices) in pieces.sorted(by: { $0.key < $1.key }) where termIndices.count >= 2 {
                let words = termIndices.map { analysis.terms[$0].text }
                guard words.contains(where: Self.campaignWords.contains) else { continue }
                let strong = words.contains(where: Self.strongWords.contains) || words.contains { $0.count <= 2 && $0.allSatisfy(\.isNumber) }
                let first = analysis.terms[termIndices[0]]
                signals.add(Signal(name: "campaign_hashtag", score: strong ? 0.9 : 0.7, spans: [first.span],
                                   termRange: termIndices[0]..<(termIndices[termIndices.count - 1] + 1),
                                   origin: "detector:campaign_hashtag", detail: words.joined(separator: " "), field: field.name))
            }
            for (index, token) in analysis.tokens.enumerated() where hasHyphen && token.kind == .word
                && token.text.utf8.contains(UInt8(ascii: "-")) {
                let parts = analysis.excerpt(token.span).split(separator: "-")
                guard parts.count == 2, parts[0] != parts[1],
                      parts.allSatisfy({ $0.count >= 3 && $0.first!.isUppercase && $0.dropFirst().allSatisfy(\.isLowercase) }) else { continue }
                let termIndex = analysis.terms.firstIndex { $0.tokenIndex == index } ?? 0
                signals.add(Signal(name: "candidate", score: 0.6, spans: [token.span], termRange: termIndex..<(termIndex + 1),
                                   origin: "detector:candidate_pair", detail: String(parts.joined(separator: "-")), field: field.name))
            }
        }
    }
}
