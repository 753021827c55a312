import Foundation
import Testing

@Suite struct FactCheckCommandTests {
    static let repeating = "Ternyata bahan vaksin itu dibuat dari darah babi, hati-hati ya"

    @Test func searchPrintsTheDebunk() throws {
        let result = try CLI.run(["factcheck", "search", "bahan vaksin ternyata dari darah babi"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("bahan vaksin dari darah babi"))
        #expect(result.stdout.contains("https://turnbackhoax.id/2018/08/05/salah-bahan-vaksin-dari-darah-babi/"))
        let none = try CLI.run(["factcheck", "search", "Selamat pagi semua"])
        #expect(none.status == 0)
        #expect(none.stdout.contains("No similar debunked claim"))
    }

    @Test func importWritesTheOverlayAndTheEngineUsesIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bijak-fc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("claims.json")
        try Data(#"[{"judul": "kepala lapas kudus ditangkap karena pungli kunjungan", "tanggal": "2025-03-01", "putusan": "salah", "url": "https://cekfakta.example/kudus"}]"#.utf8).write(to: file)
        let overlay = directory.appendingPathComponent("overlay")
        let imported = try CLI.run(["factcheck", "import", file.path, "--rulebook-dir", overlay.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let again = try CLI.run(["factcheck", "import", file.path, "--rulebook-dir", overlay.path])
        #expect(again.status == 0)
        let written = try String(contentsOf: overlay.appendingPathComponent("data/factcheck-claims.csv"), encoding: .utf8)
        #expect(written.split(separator: "\n").count == 2)
        let found = try CLI.run(["factcheck", "search", "Kepala Lapas Kudus ditangkap gara-gara pungli kunjungan",
                                 "--rulebook-dir", overlay.path])
        #expect(found.stdout.contains("https://cekfakta.example/kudus"))
    }

    @Test func importRefusesABadRowNamingLineAndColumn() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bijak-fc-\(UUID().uuidString).csv")
        try Data("claim,date,verdict,url\na,2020-01-01,salah,https://a.id/1\nb,2020-01-01,salah,nope\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["factcheck", "import", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains(":3:"))
        #expect(result.stderr.contains("url"))
    }

    @Test func scanAndCheckAgreeOnAFindingWithReferences() throws {
        let check = try CLI.run(["check", "--json", "--factcheck", Self.repeating])
        let checkFindings = try #require(check.json?["findings"] as? [[String: Any]])
        #expect(checkFindings.contains { ($0["references"] as? [String])?.isEmpty == false })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bijak-fc-\(UUID().uuidString).jsonl")
        let line = try JSONSerialization.data(withJSONObject: ["id": 1, "text": Self.repeating])
        try (line + Data("\n".utf8)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let scan = try CLI.run(["scan", file.path, "--quiet", "--factcheck"])
        let scanFindings = try #require(scan.jsonLines.first?["findings"] as? [[String: Any]])
        #expect(NSArray(array: scanFindings).isEqual(to: checkFindings))
    }
}
