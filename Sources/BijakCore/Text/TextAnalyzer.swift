/// The Indonesian text pipeline: fold characters, tokenise, repair disguised words, map slang to formal words,
/// stem. Every term keeps the span of the original characters it came from.
public struct TextAnalyzer: Sendable {
    let folder: CharacterFolder
    let tokenizer = Tokenizer()
    let repair: WordRepair
    let hashtags: HashtagSplitter
    let slang: SlangDictionary
    let stemmer: any Stemming
    private let wordCache = WordCache()
    private let phraseCache = WordCache(capacity: 50_000)

    /// Creates an analyser.
    /// - Parameters:
    ///   - folder: character folding with the obfuscation map.
    ///   - slang: informal-to-formal dictionary.
    ///   - vocabulary: known words (root words, formal words, lexicon words) that decide whether a repair or a
    ///     hashtag split is right.
    ///   - stemmer: the stemmer.
    public init(folder: CharacterFolder, slang: SlangDictionary, vocabulary: Set<String>, stemmer: any Stemming) {
        self.folder = folder
        self.slang = slang
        self.stemmer = stemmer
        var known = vocabulary
        known.formUnion(slang.informalWords)
        known.formUnion(slang.formalWords)
        self.repair = WordRepair(vocabulary: known)
        self.hashtags = HashtagSplitter(vocabulary: known)
    }

    /// Runs the whole pipeline on `text`.
    /// - Parameter mapSlang: whether informal words become formal ones; lexicon phrases are analysed without it,
    ///   so that a phrase naming a slang word ("aseng") matches that word and not its formal reading ("asing").
    public func analyze(_ text: String, mapSlang: Bool = true) -> AnalyzedText {
        let folded = folder.fold(text)
        let tokens = mergeSpelledOutLetters(tokenizer.tokenize(folded), folded)
        var terms: [Term] = []
        terms.reserveCapacity(tokens.count + 4)
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .word:
                appendWord(token.text, span: token.span, token: index, kind: .word, mapSlang: mapSlang, to: &terms)
            case .hashtag:
                let body = (token.folded.lowerBound + 1)..<token.folded.upperBound
                // A one-letter piece carries no meaning, and as a bare letter it could merge with its
                // neighbours when the normalised text is read again.
                for piece in hashtags.split(folded, body: body) where piece.count > 1 {
                    appendWord(folded.string(piece), span: folded.originalSpan(of: piece), token: index, kind: .hashtag,
                               mapSlang: mapSlang, to: &terms)
                }
            case .mention:
                let handle = String(token.text.dropFirst())
                terms.append(Term(text: handle, stem: handle, raw: nil, span: token.span, tokenIndex: index, kind: .mention))
            case .url:
                if let name = Self.siteName(of: token.text) {
                    terms.append(Term(text: name, stem: name, raw: nil, span: token.span, tokenIndex: index, kind: .url))
                }
            case .number:
                let digits = String(String.UnicodeScalarView(token.text.unicodeScalars.filter(ScalarClass.isDigit)))
                terms.append(Term(text: digits, stem: digits, raw: nil, span: token.span, tokenIndex: index, kind: .number))
            case .emoji:
                // Emoji carry meaning lexicons may name (🔪 as a threat, ✌️ as a campaign sign).
                terms.append(Term(text: token.text, stem: token.text, raw: nil, span: token.span, tokenIndex: index, kind: .emoji))
            case .email:
                break
            }
        }
        return AnalyzedText(original: text, originalScalars: folded.original, tokens: tokens, terms: terms)
    }

    /// The normalised text only (terms joined by spaces); normalising it again gives the same string.
    ///
    /// One pass is idempotent for almost all text; for contrived mixtures of lone letters, leetspeak digits and
    /// slang (where merging "o 5 5" only becomes possible once a neighbour has been rewritten) the pass is repeated
    /// until the text no longer changes, so the guarantee holds without exception.
    public func normalize(_ text: String) -> String {
        var current = analyze(text).normalized
        for _ in 0..<4 {
            let next = analyze(current).normalized
            if next == current { break }
            current = next
        }
        return current
    }

    private func appendWord(_ raw: String, span: TextSpan, token: Int, kind: TokenKind, mapSlang: Bool,
                            to terms: inout [Term]) {
        let cache = mapSlang ? wordCache : phraseCache
        let entry = cache.entry(for: raw) { interpret(raw, mapSlang: mapSlang) }
        for template in entry.terms {
            var term = template
            term.span = span
            term.tokenIndex = token
            if term.kind != .number { term.kind = kind }
            terms.append(term)
        }
    }

    /// What a written word becomes: repaired, mapped to formal words, stemmed.
    private func interpret(_ raw: String, mapSlang: Bool) -> WordCache.Entry {
        let repaired = repair.repair(raw)
        guard !repaired.isEmpty else { return WordCache.Entry(terms: []) }
        let nowhere = TextSpan(start: 0, end: 0)
        if repaired.unicodeScalars.allSatisfy({ ScalarClass.isDigit($0) || $0 == "." || $0 == "," }) {
            // What is left is a number ("3.9*" -> "3.9"): keep it the way number tokens are kept.
            let digits = String(String.UnicodeScalarView(repaired.unicodeScalars.filter(ScalarClass.isDigit)))
            return WordCache.Entry(terms: digits.isEmpty ? [] : [Term(text: digits, stem: digits, raw: nil, span: nowhere,
                                                                     tokenIndex: 0, kind: .number)])
        }
        let formal = mapSlang ? slang.formal(for: repaired) : nil
        var parts: [Term] = []
        for (position, word) in (formal ?? [repaired]).enumerated() {
            let stem = word.unicodeScalars.contains(where: ScalarClass.isDigit) ? word : stemmer.stem(word)
            // The slang word as written stays available at the first position it expanded into.
            let raw = formal != nil && position == 0 ? repaired : nil
            parts.append(Term(text: word, stem: stem, raw: raw, span: nowhere, tokenIndex: 0, kind: .word))
        }
        return WordCache.Entry(terms: parts)
    }

    /// "b a b i", "b.a.b.i", "B e n d e r a  m e r a h", "p 0 r n 0": runs of single letters (and leetspeak
    /// digits) are cut greedily into the longest known words; a word needs three letters, or two once the run has
    /// shown it is spelled out ("c o b l o s  n o  3"). Emoji between the letters ("b😀a😀b😀i") are skipped.
    private func mergeSpelledOutLetters(_ tokens: [Token], _ folded: FoldedText) -> [Token] {
        guard tokens.count >= 3 else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            guard isSpelledPiece(tokens[index], folded) else {
                result.append(tokens[index])
                index += 1
                continue
            }
            var pieces: [Int] = []
            var end = index
            while end < tokens.count {
                if isSpelledPiece(tokens[end], folded) {
                    pieces.append(end)
                } else if !(yieldsNoTerm(tokens[end], folded) && !pieces.isEmpty) {
                    break
                }
                end += 1
            }
            while end > index, yieldsNoTerm(tokens[end - 1], folded) { end -= 1 }
            if pieces.count < 3 {
                result.append(contentsOf: tokens[index..<end])
            } else {
                segment(pieces, tokens, folded, into: &result)
            }
            index = end
        }
        return result
    }

    private func segment(_ pieces: [Int], _ tokens: [Token], _ folded: FoldedText, into result: inout [Token]) {
        var start = 0
        var spelledOut = false
        while start < pieces.count {
            let minimum = spelledOut ? 2 : 3
            var cut: Int?
            if pieces.count - start >= minimum {
                for stop in stride(from: pieces.count, through: start + minimum, by: -1) {
                    let joined = pieces[start..<stop].map { tokens[$0].text }.joined().replacingOccurrences(of: "*", with: "")
                    if joined.unicodeScalars.contains(where: ScalarClass.isASCIILetter),
                       repair.vocabulary.contains(repair.repair(joined)) {
                        cut = stop
                        break
                    }
                }
            }
            if let stop = cut {
                let range = tokens[pieces[start]].folded.lowerBound..<tokens[pieces[stop - 1]].folded.upperBound
                let joined = pieces[start..<stop].map { tokens[$0].text }.joined().replacingOccurrences(of: "*", with: "")
                result.append(Token(kind: .word, text: joined, span: folded.originalSpan(of: range), folded: range))
                start = stop
                spelledOut = true
            } else {
                result.append(tokens[pieces[start]])
                start += 1
            }
        }
    }

    /// A single letter (perhaps with a censoring `*`), or a single leetspeak digit, standing alone.
    private func isSpelledPiece(_ token: Token, _ folded: FoldedText) -> Bool {
        guard token.folded.count <= 3 else { return false }
        var found: Unicode.Scalar?
        for scalar in folded.scalars[token.folded] where scalar != "*" {
            if found != nil { return false }
            found = scalar
        }
        guard let scalar = found else { return false }
        if token.kind == .word { return scalar.properties.isAlphabetic }
        return token.kind == .number && "013457".unicodeScalars.contains(scalar)
    }

    /// Tokens that leave no term behind (emoji, e-mail addresses, hashtags of single letters) do not break a run
    /// of spelled-out letters, since the normalised text would not show them either.
    private func yieldsNoTerm(_ token: Token, _ folded: FoldedText) -> Bool {
        switch token.kind {
        case .emoji, .email: return true
        case .hashtag:
            let body = (token.folded.lowerBound + 1)..<token.folded.upperBound
            return hashtags.split(folded, body: body).allSatisfy { $0.count <= 1 }
        default: return false
        }
    }

    /// "https://www.turnbackhoax.id/2019/..." -> "turnbackhoax"; lets lexicons name fact-check and gambling sites.
    static func siteName(of url: String) -> String? {
        var rest = Substring(url)
        for prefix in ["https://", "http://"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        let labels = host.split(separator: ".")
        guard let first = labels.first, !first.isEmpty else { return nil }
        return String(first)
    }
}
