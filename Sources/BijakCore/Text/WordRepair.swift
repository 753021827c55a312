/// Undoes the tricks people use to get words past filters: leetspeak ("c1na", "b@bi", "$etan") and letter
/// repetition ("bangsaaaat", "gooobloook").
///
/// A repair is kept only when it yields a known word, so numbers inside real words ("covid19", "b2b") and
/// words with genuine double letters ("saat", "maaf") survive.
struct WordRepair: Sendable {
    let vocabulary: Set<String>

    private static let leet: [Unicode.Scalar: Unicode.Scalar] = [
        "4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "9": "g", "8": "b", "6": "g",
    ]

    /// The repaired form of a folded word.
    ///
    /// Idempotent by construction: every step either leaves the word alone or yields a word that the same step
    /// would leave alone.
    func repair(_ word: String) -> String {
        var candidate = word
        if let joined = joinSpelledOut(candidate) { candidate = joined }
        // '*' censors a letter; '@' and '$' are letters in disguise. Left inside a word, '@' would turn it into
        // an e-mail address or a mention when the normalised text is read again.
        if candidate.unicodeScalars.contains(where: { $0 == "*" || $0 == "@" || $0 == "$" }) {
            var view = String.UnicodeScalarView()
            for scalar in candidate.unicodeScalars where scalar != "*" {
                view.append(scalar == "@" ? "a" : scalar == "$" ? "s" : scalar)
            }
            candidate = String(view)
        }
        if hasLeet(candidate) {
            let collapsed = collapseRepetition(replaceLeet(candidate))
            if vocabulary.contains(collapsed) { return collapsed }
        }
        return collapseRepetition(candidate)
    }

    /// "b-a-b-i" (letters joined by hyphens, each alone) is a spelled-out word, unlike "buku-buku".
    private func joinSpelledOut(_ word: String) -> String? {
        guard word.unicodeScalars.contains("-") else { return nil }
        let parts = word.split(separator: "-")
        guard parts.count >= 3, parts.allSatisfy({ $0.unicodeScalars.count == 1 }) else { return nil }
        return parts.joined()
    }

    private func hasLeet(_ word: String) -> Bool {
        var letters = 0
        var leetCount = 0
        for scalar in word.unicodeScalars {
            // "3.5" inside a word is a number with a separator, not leetspeak.
            if scalar == "." || scalar == "," { return false }
            if ScalarClass.isASCIILetter(scalar) { letters += 1 } else if Self.leet[scalar] != nil { leetCount += 1 }
        }
        return letters > 0 && leetCount > 0
    }

    private func replaceLeet(_ word: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars { result.append(Self.leet[scalar] ?? scalar) }
        return String(result)
    }

    /// Collapses runs of three or more equal letters to one or two, preferring a known word.
    func collapseRepetition(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3 else { return word }
        var hasRun = false
        var runLength = 1
        for index in 1..<scalars.count {
            runLength = scalars[index] == scalars[index - 1] && !ScalarClass.isDigit(scalars[index]) ? runLength + 1 : 1
            if runLength >= 3 { hasRun = true; break }
        }
        guard hasRun else { return word }
        let single = collapse(scalars, keep: 1)
        if vocabulary.contains(single) { return single }
        let double = collapse(scalars, keep: 2)
        if vocabulary.contains(double) { return double }
        return single
    }

    private func collapse(_ scalars: [Unicode.Scalar], keep: Int) -> String {
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            var end = index
            while end < scalars.count, scalars[end] == scalars[index] { end += 1 }
            let run = end - index
            let count = run >= 3 && !ScalarClass.isDigit(scalars[index]) ? keep : run
            for _ in 0..<count { result.append(scalars[index]) }
            index = end
        }
        return String(result)
    }
}
