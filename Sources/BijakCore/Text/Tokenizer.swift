/// Splits folded text into words, hashtags, mentions, URLs, e-mail addresses, numbers and emoji.
///
/// Leetspeak symbols inside words (`b@bi`, `$etan`) stay part of the word so that word repair can undo them;
/// a leading `@` makes a mention and a leading `#` a hashtag.
struct Tokenizer: Sendable {
    /// Top-level domains recognised in bare addresses such as `turnbackhoax.id`.
    private static let domainEndings: Set<String> = ["id", "com", "net", "org", "info", "io", "co", "me", "ly", "gov", "xyz",
                                                     "site", "online", "vip", "asia", "biz", "live", "club", "link", "top", "app"]

    func tokenize(_ folded: FoldedText) -> [Token] {
        let scalars = folded.scalars
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarClass.isWhitespace(scalar) { index += 1; continue }
            if ScalarClass.isEmoji(scalar) {
                tokens.append(make(.emoji, index..<(index + 1), folded))
                index += 1
                continue
            }
            if let end = urlEnd(scalars, from: index) {
                tokens.append(make(.url, index..<end, folded))
                index = end
                continue
            }
            if (scalar == "#" || scalar == "@"), index + 1 < scalars.count, ScalarClass.isWordCore(scalars[index + 1]) {
                let end = wordEnd(scalars, from: index + 1, allowLeet: false)
                tokens.append(make(scalar == "#" ? .hashtag : .mention, index..<end, folded))
                index = end
                continue
            }
            if ScalarClass.isWordCore(scalar) || (scalar == "$" && index + 1 < scalars.count && ScalarClass.isASCIILetter(scalars[index + 1])) {
                let end = wordEnd(scalars, from: index, allowLeet: true)
                if let emailEnd = emailEnd(scalars, wordStart: index, wordEnd: end) {
                    tokens.append(make(.email, index..<emailEnd, folded))
                    index = emailEnd
                    continue
                }
                if let domainEnd = bareDomainEnd(scalars, from: index, wordEnd: end) {
                    tokens.append(make(.url, index..<domainEnd, folded))
                    index = domainEnd
                    continue
                }
                let range = index..<end
                let isNumber = scalars[range].allSatisfy { ScalarClass.isDigit($0) || $0 == "." || $0 == "," }
                tokens.append(make(isNumber ? .number : .word, range, folded))
                index = end
                continue
            }
            index += 1
        }
        return tokens
    }

    private func make(_ kind: TokenKind, _ range: Range<Int>, _ folded: FoldedText) -> Token {
        Token(kind: kind, text: folded.string(range), span: folded.originalSpan(of: range), folded: range)
    }

    /// End of a word starting at `start`: letters and digits, inner hyphens ("buku-buku"), inner apostrophes,
    /// digit group separators ("1.000"), and, with `allowLeet`, inner `@`, `$` and `*` used to disguise letters.
    private func wordEnd(_ scalars: [Unicode.Scalar], from start: Int, allowLeet: Bool) -> Int {
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarClass.isWordCore(scalar) || scalar == "_" {
                index += 1
                continue
            }
            let hasNext = index + 1 < scalars.count && ScalarClass.isWordCore(scalars[index + 1])
            let hasPrevious = index > start
            if allowLeet, (scalar == "@" || scalar == "$" || scalar == "*"), hasPrevious || scalar == "$" {
                if hasNext || scalar == "$" || scalar == "*" { index += 1; continue }
            }
            if (scalar == "-" || scalar == "'" || scalar == "\u{2019}"), hasPrevious, hasNext {
                index += 1
                continue
            }
            if (scalar == "." || scalar == ","), hasPrevious, hasNext, ScalarClass.isDigit(scalars[index - 1]),
               ScalarClass.isDigit(scalars[index + 1]) {
                index += 1
                continue
            }
            break
        }
        return max(index, start + 1)
    }

    private static let urlPrefixes: [[Unicode.Scalar]] = ["http://", "https://", "www."].map { Array($0.unicodeScalars) }

    private func urlEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        // Cheap first test: every URL prefix starts with 'h' or 'w'.
        guard scalars[start] == "h" || scalars[start] == "w" else { return nil }
        guard Self.urlPrefixes.contains(where: { hasPrefix(scalars, $0, at: start) }) else { return nil }
        var index = start
        while index < scalars.count, !ScalarClass.isWhitespace(scalars[index]), !ScalarClass.isEmoji(scalars[index]) { index += 1 }
        while index > start + 1, ".,;:!?)\"'".unicodeScalars.contains(scalars[index - 1]) { index -= 1 }
        return index
    }

    private func emailEnd(_ scalars: [Unicode.Scalar], wordStart: Int, wordEnd: Int) -> Int? {
        // An e-mail address: local part (may contain dots), '@', a domain with a dot.
        var index = wordStart
        while index < scalars.count, ScalarClass.isWordCore(scalars[index]) || "._+-".unicodeScalars.contains(scalars[index]) { index += 1 }
        guard index < scalars.count, scalars[index] == "@", index > wordStart else { return nil }
        var end = index + 1
        var sawDot = false
        while end < scalars.count, ScalarClass.isWordCore(scalars[end]) || scalars[end] == "." || scalars[end] == "-" {
            if scalars[end] == "." { sawDot = true }
            end += 1
        }
        while end > index + 1, scalars[end - 1] == "." { end -= 1 }
        return sawDot && end > index + 3 ? end : nil
    }

    private func bareDomainEnd(_ scalars: [Unicode.Scalar], from start: Int, wordEnd: Int) -> Int? {
        guard wordEnd < scalars.count, scalars[wordEnd] == "." else { return nil }
        var index = start
        var labels: [String] = []
        var label = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarClass.isWordCore(scalar) || scalar == "-" {
                label.append(scalar)
            } else if scalar == ".", !label.isEmpty, index + 1 < scalars.count, ScalarClass.isWordCore(scalars[index + 1]) {
                labels.append(String(label))
                label = String.UnicodeScalarView()
            } else {
                break
            }
            index += 1
        }
        labels.append(String(label))
        guard labels.count >= 2, let last = labels.last, Self.domainEndings.contains(last),
              labels.allSatisfy({ $0.unicodeScalars.allSatisfy(\.isASCII) }) else { return nil }
        var end = index
        if end < scalars.count, scalars[end] == "/" {
            while end < scalars.count, !ScalarClass.isWhitespace(scalars[end]) { end += 1 }
        }
        return end
    }

    private func hasPrefix(_ scalars: [Unicode.Scalar], _ prefix: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + prefix.count <= scalars.count else { return false }
        for offset in 0..<prefix.count where scalars[start + offset] != prefix[offset] { return false }
        return true
    }
}
