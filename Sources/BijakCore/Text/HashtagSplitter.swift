/// Splits hashtags into words: "#GantiPresiden" -> "ganti", "presiden"; "#2019gantipresiden" -> "2019",
/// "ganti", "presiden" (by case changes, digits and underscores first, then by dictionary segmentation).
struct HashtagSplitter: Sendable {
    let vocabulary: Set<String>

    /// Longest piece the dictionary segmentation tries; Indonesian words are rarely longer.
    private let longestWord = 20

    /// Pieces of the hashtag body `range` of `folded` (the `#` excluded), as folded ranges.
    func split(_ folded: FoldedText, body range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where index > range.lowerBound {
            let previous = folded.scalars[index - 1]
            let current = folded.scalars[index]
            let caseBreak = folded.wasUppercase[index] && !folded.wasUppercase[index - 1] && ScalarClass.isWordCore(previous)
            let digitBreak = ScalarClass.isDigit(previous) != ScalarClass.isDigit(current)
            let currentJoins = !ScalarClass.isWordCore(current)
            let previousJoins = !ScalarClass.isWordCore(previous)
            if currentJoins || previousJoins || caseBreak || digitBreak {
                // "_", "-" and "'" separate words in a hashtag and belong to neither.
                if !previousJoins, start < index { pieces.append(start..<index) }
                start = currentJoins ? index + 1 : index
            }
        }
        if start < range.upperBound, ScalarClass.isWordCore(folded.scalars[range.upperBound - 1]) {
            pieces.append(start..<range.upperBound)
        }
        return pieces.flatMap { segment(folded, $0) }
    }

    /// Dictionary segmentation of one lower-case piece into the fewest known words, or the piece itself.
    private func segment(_ folded: FoldedText, _ range: Range<Int>) -> [Range<Int>] {
        let length = range.count
        guard length >= 6, length <= 60 else { return [range] }
        let whole = folded.string(range)
        if vocabulary.contains(whole) || whole.unicodeScalars.contains(where: ScalarClass.isDigit) { return [range] }
        var best = [Int](repeating: Int.max, count: length + 1)
        var back = [Int](repeating: -1, count: length + 1)
        best[0] = 0
        for end in 1...length {
            for begin in max(0, end - longestWord)..<end where best[begin] != Int.max && end - begin >= 2 {
                let piece = folded.string((range.lowerBound + begin)..<(range.lowerBound + end))
                if vocabulary.contains(piece), best[begin] + 1 < best[end] {
                    best[end] = best[begin] + 1
                    back[end] = begin
                }
            }
        }
        guard best[length] != Int.max, best[length] > 1 else { return [range] }
        var cuts: [Range<Int>] = []
        var end = length
        while end > 0 {
            let begin = back[end]
            cuts.append((range.lowerBound + begin)..<(range.lowerBound + end))
            end = begin
        }
        return cuts.reversed()
    }
}
