import Foundation

/// Debunked claims, indexed for near-duplicate matching: a post that repeats (or paraphrases) a claim that
/// fact-checkers found false is found by TF-IDF cosine similarity over normalised word unigrams and bigrams.
///
/// Words are normalised by the engine's ``TextAnalyzer`` (slang to formal, then the stem, so "dibebaskan" and
/// "membebaskan" agree) and stopwords dropped. Only claims sharing at least one rare word with the post are scored
/// (an inverted index over words that occur in few claims), so matching costs little however many claims there are.
public struct FactCheckStore: Sendable {
    /// One match: the claim, its similarity in 0...1, and the post's term positions that the claim shares.
    public struct Match: Sendable, Hashable {
        /// The matched claim.
        public var claim: FactCheckClaim
        /// Cosine similarity of the TF-IDF vectors, 0...1.
        public var similarity: Double
        /// Indexes into the post's analysed terms whose words the claim shares, ascending.
        public var termIndexes: [Int]
    }

    /// The similarity at and above which a claim matches: a paraphrase of a claim reaches it, a post that merely
    /// shares a few topic words does not (see FactCheckStoreTests).
    public static let defaultThreshold = 0.5
    /// A match shares words from at least this many of the claim's written words: claims are article titles, and
    /// one of two or three words ("nkri harga mati") names a topic, not a claim a post could repeat.
    public static let minSharedWords = 4
    /// Posts longer than this many words are matched on their first words only (claims are a sentence long).
    static let maxPostWords = 400
    /// A word in more than this share of claims is too common to select candidates (it still counts in the score).
    static let rareShare = 0.02

    /// The claims, in the order given.
    public let claims: [FactCheckClaim]
    private let vectors: [[Int: Double]]
    /// For each claim, the token (written word) each unigram came from: "NKRI" gives four words but is one word
    /// of the claim.
    private let wordTokens: [[Int: Int]]
    private let norms: [Double]
    private let idf: [Double]
    /// The largest idf, computed once (it weighs words no claim has).
    private let maxIDF: Double
    private let featureIndex: [String: Int]
    private let postings: [Int: [Int]]
    private let analyzer: TextAnalyzer
    private let stopwords: Set<String>
    private let referencesByURL: [String: String]

    /// Builds the store; claims with the same url after the first are dropped.
    public init(claims: [FactCheckClaim], analyzer: TextAnalyzer, stopwords: Set<String>) {
        self.analyzer = analyzer
        self.stopwords = stopwords
        var unique: [FactCheckClaim] = []
        var seen = Set<String>()
        for claim in claims where seen.insert(claim.url).inserted { unique.append(claim) }
        self.claims = unique
        var featureIndex: [String: Int] = [:]
        var documentFrequency: [Int] = []
        var counts: [[Int: Int]] = []
        var wordTokens: [[Int: Int]] = []
        counts.reserveCapacity(unique.count)
        for claim in unique {
            let terms = analyzer.analyze(claim.claim).terms
            let content = Self.words(terms, stopwords: stopwords)
            let words = content.map(\.word)
            var tokens: [Int: Int] = [:]
            var tf: [Int: Int] = [:]
            for (position, feature) in Self.features(words).enumerated() {
                let id: Int
                if let known = featureIndex[feature] { id = known } else {
                    id = documentFrequency.count
                    featureIndex[feature] = id
                    documentFrequency.append(0)
                }
                if tf[id] == nil { documentFrequency[id] += 1 }
                tf[id, default: 0] += 1
                if position < content.count, tokens[id] == nil { tokens[id] = terms[content[position].termIndex].tokenIndex }
            }
            counts.append(tf)
            wordTokens.append(tokens)
        }
        let n = Double(max(unique.count, 1))
        let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
        var vectors: [[Int: Double]] = []
        var norms: [Double] = []
        var postings: [Int: [Int]] = [:]
        let rareLimit = max(3, Int(n * Self.rareShare))
        for (claimIndex, tf) in counts.enumerated() {
            var vector: [Int: Double] = [:]
            var squared = 0.0
            for (id, count) in tf {
                let weight = Double(count) * idf[id]
                vector[id] = weight
                squared += weight * weight
                if documentFrequency[id] <= rareLimit { postings[id, default: []].append(claimIndex) }
            }
            vectors.append(vector)
            norms.append(squared.squareRoot())
        }
        self.featureIndex = featureIndex
        self.wordTokens = wordTokens
        self.idf = idf
        self.maxIDF = idf.max() ?? 1
        self.vectors = vectors
        self.norms = norms
        self.postings = postings
        var references: [String: String] = [:]
        for claim in unique { references[claim.url] = claim.reference }
        self.referencesByURL = references
    }

    /// The number of claims.
    public var count: Int { claims.count }

    /// "Judul/Title — date — url" of the claim with this url.
    public func reference(forURL url: String) -> String? { referencesByURL[url] }

    /// The best matches for a text, best first, at or above `threshold`.
    public func matches(for text: String, threshold: Double = defaultThreshold, limit: Int = 3) -> [Match] {
        matches(terms: analyzer.analyze(text).terms, threshold: threshold, limit: limit)
    }

    /// The best matches for already analysed terms (the engine's analysis of a post), best first.
    public func matches(terms: [Term], threshold: Double = defaultThreshold, limit: Int = 3) -> [Match] {
        guard !claims.isEmpty, limit > 0 else { return [] }
        let words = Array(Self.words(terms, stopwords: stopwords).prefix(Self.maxPostWords))
        guard !words.isEmpty else { return [] }
        // Cheap gate first, since almost no post repeats a debunked claim: a match needs several shared words and
        // at least two rare ones, which single-word look-ups can rule out before any bigram is built.
        let knownWords = Set(words.compactMap { featureIndex[$0.word] })
        guard knownWords.count >= Self.minSharedWords else { return [] }
        var rareHits: [Int: Int] = [:]
        for id in knownWords { if let list = postings[id] { for claim in list { rareHits[claim, default: 0] += 1 } } }
        guard rareHits.values.contains(where: { $0 >= Self.minIndexedHits }) else { return [] }
        // The post's features (unknown ones cannot match a claim and only add to the post's norm).
        var postVector: [Int: Double] = [:]
        var squared = 0.0
        var unknownCounts: [String: Int] = [:]
        for feature in Self.features(words.map(\.word)) {
            if let id = featureIndex[feature] { postVector[id, default: 0] += 1 } else { unknownCounts[feature, default: 0] += 1 }
        }
        for (id, count) in postVector {
            postVector[id] = count * idf[id]
            squared += (count * idf[id]) * (count * idf[id])
        }
        // A word no claim has is as rare as can be.
        for count in unknownCounts.values { squared += Double(count * count) * maxIDF * maxIDF }
        let postNorm = squared.squareRoot()
        guard postNorm > 0 else { return [] }
        let postUnigrams = Set(words.compactMap { featureIndex[$0.word] })
        // A claim is scored only when it shares at least two indexed (rare) features with the post: most posts
        // share one common-ish word with some claim, and scoring all of those cost more than the rest of the check.
        var hits: [Int: Int] = [:]
        for id in postVector.keys { if let list = postings[id] { for claim in list { hits[claim, default: 0] += 1 } } }
        var scored: [(index: Int, similarity: Double)] = []
        for (index, count) in hits where count >= Self.minIndexedHits && norms[index] > 0 {
            var dot = 0.0
            let vector = vectors[index]
            for (id, weight) in postVector { if let other = vector[id] { dot += weight * other } }
            let similarity = min(1, dot / (postNorm * norms[index]))
            guard similarity >= threshold else { continue }
            var sharedTokens = Set<Int>()
            for id in postUnigrams { if let token = wordTokens[index][id] { sharedTokens.insert(token) } }
            if sharedTokens.count >= Self.minSharedWords { scored.append((index, similarity)) }
        }
        scored.sort { ($0.similarity, $1.index) > ($1.similarity, $0.index) }
        return scored.prefix(limit).map { hit in
            let vector = vectors[hit.index]
            let shared = words.filter { featureIndex[$0.word].map { vector[$0] != nil } ?? false }.map(\.termIndex)
            return Match(claim: claims[hit.index], similarity: hit.similarity, termIndexes: shared)
        }
    }

    /// The content words of terms: the stem (or the word), stopwords and non-words dropped, with their positions.
    /// Indexed features a claim must share with a post before it is scored.
    static let minIndexedHits = 2

    static func words(_ terms: [Term], stopwords: Set<String>) -> [(word: String, termIndex: Int)] {
        var result: [(word: String, termIndex: Int)] = []
        for (index, term) in terms.enumerated() where term.kind == .word || term.kind == .number || term.kind == .hashtag {
            guard !stopwords.contains(term.text) else { continue }
            let word = term.stem.isEmpty ? term.text : term.stem
            guard !word.isEmpty, !stopwords.contains(word) else { continue }
            result.append((word, index))
        }
        return result
    }

    /// Unigrams and bigrams ("a", "b", "a b").
    static func features(_ words: [String]) -> [String] {
        var result = words
        if words.count > 1 {
            for index in 1..<words.count { result.append(words[index - 1] + " " + words[index]) }
        }
        return result
    }
}
