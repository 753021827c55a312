/// The Indonesian text pipeline: fold characters, tokenise, repair disguised words, map slang to formal words,
/// stem. Every term keeps the span of the original characters it came from.
public struct TextAnalyzer: Sendable {
    let folder: CharacterFolder
    let tokenizer = Tokenizer()
    let repair: WordRepair
    let hashtags: HashtagSplitter
    let slang: SlangDictionary
    let stemmer: any Stemming

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
    public func analyze(_ text: String) -> AnalyzedText {
        let folded = folder.fold(text)
        let tokens = mergeSpelledOutLetters(tokenizer.tokenize(folded), folded)
        var terms: [Term] = []
        terms.reserveCapacity(tokens.count + 4)
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .word:
                appendWord(token.text, span: token.span, token: index, kind: .word, to: &terms)
            case .hashtag:
                let body = (token.folded.lowerBound + 1)..<token.folded.upperBound
                for piece in hashtags.split(folded, body: body) {
                    appendWord(folded.string(piece), span: folded.originalSpan(of: piece), token: index, kind: .hashtag, to: &terms)
                }
            case .mention:
                let handle = String(token.text.dropFirst())
                terms.append(Term(text: handle, stem: handle, span: token.span, tokenIndex: index, kind: .mention))
            case .url:
                if let name = Self.siteName(of: token.text) {
                    terms.append(Term(text: name, stem: name, span: token.span, tokenIndex: index, kind: .url))
                }
            case .number:
                let digits = String(String.UnicodeScalarView(token.text.unicodeScalars.filter(ScalarClass.isDigit)))
                terms.append(Term(text: digits, stem: digits, span: token.span, tokenIndex: index, kind: .number))
            case .email, .emoji:
                break
            }
        }
        return AnalyzedText(original: text, originalScalars: Array(text.unicodeScalars), tokens: tokens, terms: terms)
    }

    /// The normalised text only (terms joined by spaces); normalising it again gives the same string.
    public func normalize(_ text: String) -> String { analyze(text).normalized }

    private func appendWord(_ raw: String, span: TextSpan, token: Int, kind: TokenKind, to terms: inout [Term]) {
        let repaired = repair.repair(raw)
        guard !repaired.isEmpty else { return }
        let words = slang.formal(for: repaired) ?? [repaired]
        for word in words {
            let stem = word.unicodeScalars.contains(where: ScalarClass.isDigit) ? word : stemmer.stem(word)
            terms.append(Term(text: word, stem: stem, span: span, tokenIndex: token, kind: kind))
        }
    }

    /// "b a b i", "b.a.b.i", "b_a_b_i": three or more single letters in a row, separated only by spaces or
    /// punctuation, become one word when that word is known.
    private func mergeSpelledOutLetters(_ tokens: [Token], _ folded: FoldedText) -> [Token] {
        guard tokens.count >= 3 else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            var end = index
            while end < tokens.count, isSingleLetter(tokens[end]),
                  end == index || isThinGap(folded, from: tokens[end - 1].folded.upperBound, to: tokens[end].folded.lowerBound) {
                end += 1
            }
            if end - index >= 3 {
                let joined = tokens[index..<end].map(\.text).joined()
                let repaired = repair.repair(joined)
                if repair.vocabulary.contains(repaired) {
                    let range = tokens[index].folded.lowerBound..<tokens[end - 1].folded.upperBound
                    result.append(Token(kind: .word, text: joined, span: folded.originalSpan(of: range), folded: range))
                    index = end
                    continue
                }
            }
            result.append(tokens[index])
            index += 1
        }
        return result
    }

    private func isSingleLetter(_ token: Token) -> Bool {
        token.kind != .emoji && token.kind != .url && token.folded.count == 1
    }

    private func isThinGap(_ folded: FoldedText, from start: Int, to end: Int) -> Bool {
        guard end > start, end - start <= 3 else { return end == start }
        return folded.scalars[start..<end].allSatisfy { $0 == " " || $0 == "." || $0 == "_" || $0 == "*" || $0 == "-" || $0 == "/" }
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
