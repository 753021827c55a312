import Foundation

extension LabelledDataset {
    /// What reading labelled posts kept and left out, so that `bijak train` can say so.
    public struct PostReadingSummary: Sendable, Equatable {
        /// Rows kept: allowed posts and violating posts with at least one label.
        public var kept = 0
        /// Shares, likes, comments with a target, and live streams: their verdict depends on more than their own
        /// words, which is all a text model sees.
        public var skippedContextual = 0
        /// Posts without text of their own.
        public var skippedEmpty = 0
        /// Violating posts whose rules none of the labels covers (for example DJPAS-7 alone).
        public var skippedUncovered = 0

        /// A summary with these counts; all zero by default.
        public init(kept: Int = 0, skippedContextual: Int = 0, skippedEmpty: Int = 0, skippedUncovered: Int = 0) {
            self.kept = kept
            self.skippedContextual = skippedContextual
            self.skippedEmpty = skippedEmpty
            self.skippedUncovered = skippedUncovered
        }
    }

    /// Reads JSON Lines of labelled posts (`{"text", "expected": [rule ids], ...}`, the layout of
    /// `bijak eval-posts`) into a dataset whose labels follow `rules`.
    ///
    /// An allowed post (`expected` empty) is a negative of every label. A post with an `action` other than
    /// `post`, a `target`, or a live `context` is skipped: the words alone do not carry its verdict.
    ///
    /// - Throws: ``ModelDataError/badJSONLine(line:reason:)`` naming the first line that is not a labelled post.
    public static func labelledPosts(_ data: Data, rules: [PostLabelRule],
                                     summary: inout PostReadingSummary) throws -> LabelledDataset {
        var texts: [String] = [], labels: [[Bool]] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw ModelDataError.badJSONLine(line: lineNumber, reason: "bukan objek JSON / not a JSON object")
            }
            guard let expected = object["expected"] as? [String] else {
                throw ModelDataError.badJSONLine(line: lineNumber,
                                                 reason: "'expected' harus daftar id aturan / 'expected' must be a list of rule ids")
            }
            let action = (object["action"] as? String) ?? "post"
            let context = object["context"] as? [String: Any]
            if action != "post" || object["target"] != nil || (context?["live"] as? Bool) == true {
                summary.skippedContextual += 1
                continue
            }
            let text = (object["text"] as? String) ?? ""
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                summary.skippedEmpty += 1
                continue
            }
            let broken = Set(expected)
            let row = rules.map { $0.matches(broken) }
            if !broken.isEmpty && !row.contains(true) {
                summary.skippedUncovered += 1
                continue
            }
            texts.append(text)
            labels.append(row)
            summary.kept += 1
        }
        guard !texts.isEmpty else { throw ModelDataError.noRows }
        return LabelledDataset(texts: texts, labels: labels)
    }

    /// The rows of several datasets, in order.
    public static func concatenating(_ parts: [LabelledDataset]) -> LabelledDataset {
        LabelledDataset(texts: parts.flatMap(\.texts), labels: parts.flatMap(\.labels), ids: parts.flatMap(\.ids))
    }
}
