import ArgumentParser
import BijakCore
import Foundation

/// `bijak eval-posts FILE [--json]`: how well the rules are detected on labelled posts.
struct EvalPostsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-posts",
        abstract: "Evaluasi deteksi per aturan pada unggahan berlabel. / Evaluate detection per rule on labelled posts.",
        discussion: """
        FILE: JSONL, satu unggahan per baris / one post per line: {"text", "action"?, "target"?, "context"?, \
        "expected": ["DJPAS-2", ...], "group"?} ([] = unggahan yang boleh / an allowed post). Temuan dihitung untuk \
        aturan primer maupun terkait. / A finding counts for its primary and its related rules. Dengan "group", \
        recall juga dicetak per kelompok. / With "group", recall is also printed per group.
        """)

    @Argument(help: "Berkas JSONL berlabel. / Labelled JSONL file.")
    var file: String

    @Flag(help: "Cetak sebagai JSON. / Print as JSON.")
    var json = false

    @OptionGroup var engineOptions: EngineOptions

    func run() throws {
        try reportingFailures { try evaluate() }
    }

    private func evaluate() throws {
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw BijakFailure.noInput("berkas tidak ditemukan / file not found: \(file)")
        }
        let engine = try engineOptions.loadEngine()
        var reader = LineReader(handle: handle)
        var accumulator = RuleEvaluationAccumulator()
        let decoder = JSONDecoder()
        var problems = 0
        while let (number, bytes) = try reader.next() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch LabelledLine.parse(bytes, line: number, decoder: decoder) {
            case .success(let labelled):
                accumulator.add(expected: labelled.expected, verdict: engine.check(labelled.post), group: labelled.group)
            case .failure(let problem):
                problems += 1
                Console.err(problem.report)
            }
        }
        let report = accumulator.report
        guard report.posts > 0 else {
            throw BijakFailure.dataError("tidak ada baris yang sah / no valid line in \(file)")
        }
        if json {
            let encoder = JSONOutput.makeEncoder()
            Console.out(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        } else {
            Console.out(RuleEvaluationTable.render(report, rulebook: engine.rulebook, problems: problems))
        }
    }
}

/// One labelled line: the post as `scan` reads it, plus `expected`.
struct LabelledLine {
    var post: Post
    var expected: Set<String>
    var group: String?

    private struct Labels: Decodable {
        var expected: [String]
        var group: String?
    }

    static func parse(_ bytes: ArraySlice<UInt8>, line: Int, decoder: JSONDecoder) -> Result<LabelledLine, LineProblem> {
        switch JSONLRecord.parse(bytes, line: line, decoder: decoder) {
        case .failure(let problem): return .failure(problem)
        case .success(let record):
            guard let labels = try? decoder.decode(Labels.self, from: Data(bytes)) else {
                return .failure(LineProblem(line: line,
                                            message: "`expected` (daftar id aturan) tidak ada atau salah / `expected` (a list of rule ids) is missing or wrong"))
            }
            return .success(LabelledLine(post: record.post, expected: Set(labels.expected), group: labels.group))
        }
    }
}

/// The human-readable report of `eval-posts`.
enum RuleEvaluationTable {
    static func render(_ report: RuleEvaluationReport, rulebook: Rulebook, problems: Int) -> String {
        let ids = report.rules.keys.sorted { left, right in
            let known = (rulebook.rule(left) != nil, rulebook.rule(right) != nil)
            if known.0 != known.1 { return known.0 }
            return rulebook.rules.firstIndex { $0.id == left } ?? Int.max < rulebook.rules.firstIndex { $0.id == right } ?? Int.max
        }
        let rows = ids.map { id -> [String] in
            let score = report.rules[id]!
            return [id, String(format: "%.3f", score.precision), String(format: "%.3f", score.recall), String(score.support)]
        }
        var lines = Table.render(header: ["aturan/rule", "presisi/precision", "recall", "dukungan/support"], rows: rows)
        if !report.groups.isEmpty {
            lines.append("")
            let groupRows = report.groups.keys.sorted().map { name -> [String] in
                let score = report.groups[name]!
                return [name, String(format: "%.3f", score.recall), String(score.support)]
            }
            lines += Table.render(header: ["kelompok/group", "recall", "dukungan/support"], rows: groupRows)
        }
        lines.append("")
        lines.append(String(format: "Unggahan melanggar yang tertangkap / Violating posts caught: %.3f", report.violatingRecall))
        lines.append(String(format: "Unggahan / Posts: %d (boleh / allowed: %d, baris rusak / malformed lines: %d)",
                            report.posts, report.benignPosts, problems))
        lines.append(String(format: "Unggahan boleh yang ditandai / Allowed posts flagged: %.3f", report.benignFalsePositiveRate))
        return lines.joined(separator: "\n") + "\n"
    }
}
