import Foundation
import Testing

@Suite struct ScanCommandTests {
    /// Good lines (ids 1, 6, 8) between a malformed JSON line (2), invalid UTF-8 (3), an unknown action (4), a
    /// line without text (5) and a bad time (7).
    static func mixedFixture() throws -> URL {
        var data = Data()
        func line(_ text: String) { data.append(Data((text + "\n").utf8)) }
        line(#"{"id": 1, "text": "Selamat pagi rekan-rekan"}"#)
        line(#"{"id": 2, "text": "tidak ditutup"#)
        data.append(Data(#"{"id": "3", "text": "rusak "#.utf8) + Data([0xFF, 0xFE]) + Data("\"}\n".utf8))
        line(#"{"id": 4, "text": "halo", "action": "teleport"}"#)
        line(#"{"id": 5, "teks": "tanpa text"}"#)
        line(#"{"id": "enam", "text": "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini"}"#)
        line(#"{"id": 7, "text": "halo", "context": {"time": "besok"}}"#)
        line(#"{"id": 8, "text": "ikut", "action": "bagikan", "target": "Selamat pagi", "context": {"platform": "x"}}"#)
        let file = try CLI.temporaryDirectory().appendingPathComponent("posts.jsonl")
        try data.write(to: file)
        return file
    }

    @Test func malformedLinesAreReportedAndTheRestKeepsInputOrder() throws {
        let result = try CLI.run(["scan", try Self.mixedFixture().path, "--jobs", "2"])
        #expect(result.status == 0)
        let lines = result.jsonLines
        #expect(lines.map { "\($0["id"]!)" } == ["1", "enam", "8"])
        #expect(lines.map { $0["line"] as? Int } == [1, 6, 8])
        for line in lines {
            #expect(line["decision"] is String && line["findings"] is [Any] && line["rulebook_version"] is String)
        }
        for number in [2, 3, 4, 5, 7] {
            #expect(result.stderr.contains("baris \(number) / line \(number):"))
        }
        #expect(result.stderr.contains("not valid UTF-8"))
        #expect(result.stderr.contains("teleport"))
        #expect(result.stderr.contains("Malformed lines: 5"))
    }

    @Test func outputKeepsInputOrderAcrossBatchesAndThreads() throws {
        let count = 1300
        let texts = ["Selamat pagi rekan-rekan", "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini", "rapat jam 9"]
        let body = (0..<count).map { #"{"id": \#($0), "text": "\#(texts[$0 % texts.count])"}"# }.joined(separator: "\n")
        let file = try CLI.temporaryDirectory().appendingPathComponent("many.jsonl")
        try Data(body.utf8).write(to: file)
        let result = try CLI.run(["scan", file.path, "--jobs", "4", "--quiet"])
        #expect(result.status == 0)
        #expect(result.jsonLines.map { $0["id"] as? Int } == (0..<count).map { $0 })
        #expect(result.stderr.isEmpty)
    }

    @Test func csvUsesTheTweetColumnAndRowNumbers() throws {
        var data = Data("Tweet,HS\n\"Selamat pagi, rekan-rekan\",0\n".utf8)
        data.append(Data("rusak ".utf8) + Data([0xC3, 0x28]) + Data(",1\n".utf8))
        data.append(Data("\"Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini\",1\n".utf8))
        let file = try CLI.temporaryDirectory().appendingPathComponent("posts.csv")
        try data.write(to: file)
        let result = try CLI.run(["scan", file.path])
        #expect(result.status == 0)
        let lines = result.jsonLines
        #expect(lines.map { $0["id"] as? Int } == [2, 4])
        #expect(lines.first?["decision"] as? String == "allow")
        #expect(result.stderr.contains("baris 3 / line 3: bukan UTF-8 yang sah / not valid UTF-8"))
    }

    @Test func csvNamedColumns() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("export.txt")
        try Data("post_id,isi\na-1,Selamat pagi\na-2,rapat jam 9\n".utf8).write(to: file)
        let result = try CLI.run(["scan", file.path, "--format", "csv", "--text-column", "isi", "--id-column", "post_id", "--summary-only"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("checked: 2"))
        let wrong = try CLI.run(["scan", file.path, "--format", "csv", "--text-column", "body"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("isi"))
    }

    @Test func fileWithoutAnyValidLineExits65() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("bad.jsonl")
        try Data("bukan json\n{\"id\": 1}\n".utf8).write(to: file)
        let result = try CLI.run(["scan", file.path])
        #expect(result.status == 65)
    }

    @Test func missingFileExits66() throws {
        let result = try CLI.run(["scan", "/nonexistent/bijak/posts.jsonl"])
        #expect(result.status == 66)
    }

    /// A CSV larger than one read block, with quoted fields holding commas, doubled quotes and line breaks, and one
    /// row of invalid UTF-8 in the middle: every other row comes out, in order, with its text intact.
    @Test func largeQuotedCSVIsReadAcrossBlocks() throws {
        var data = Data("id,text\n".utf8)
        let rows = 6_000
        for index in 1...rows {
            if index == 3_000 {
                data.append(Data("\(index),\"rusak ".utf8) + Data([0xC3, 0x28]) + Data("\"\n".utf8))
                continue
            }
            let text = "Baris \(index), kata \"\"kutip\"\"\nbaris kedua \(String(repeating: "x", count: 200))"
            data.append(Data("\(index),\"\(text)\"\n".utf8))
        }
        #expect(data.count > 1 << 20)
        let file = try CLI.temporaryDirectory().appendingPathComponent("big.csv")
        try data.write(to: file)
        let result = try CLI.run(["scan", file.path, "--jobs", "2"])
        #expect(result.status == 0)
        let lines = result.jsonLines
        #expect(lines.count == rows - 1)
        #expect(lines.first.map { "\($0["id"]!)" } == "1")
        #expect(lines.last.map { "\($0["id"]!)" } == "\(rows)")
        #expect(!lines.contains { "\($0["id"]!)" == "3000" })
        #expect(result.stderr.contains("not valid UTF-8"))
    }
}
