import Foundation
import Testing
@testable import BijakCore

/// An organisation changes rules and lexicons from a directory, without a release; a malformed overlay is refused
/// whole with the file, line and problem, and the bundled rulebook stays in force.
@Suite struct RulebookOverlayTests {
    func makeOverlay(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bijak-overlay-\(UUID().uuidString)")
        for (path, content) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        return directory
    }

    static let customRule = """
    {
      "id": "ORG-1",
      "group": "organisasi",
      "title": {"id": "Menyebut kode internal", "en": "Mentioning internal codes"},
      "explanation": {"id": "Kode operasi internal tidak boleh diunggah.", "en": "Internal operation codes must not be posted."},
      "advice": {"id": "Hapus kode operasi.", "en": "Remove the operation code."},
      "source": {"document": "Kebijakan Kanwil X", "point": "1", "date": "2026-01-02", "confirmed": true},
      "severity": "high",
      "actions": ["post", "share", "comment"],
      "triggers": [{"all": ["internal_code"], "score": 0.9}],
      "sanction": {"ethics": {"id": "Sanksi moral", "en": "Moral sanction"}}
    }
    """

    @Test func overlayAddsARuleAndALexiconAndSetsTheVersion() throws {
        let overlay = try makeOverlay([
            "manifest.json": #"{"version": "kanwil-x.1"}"#,
            "rules/ORG-1.json": Self.customRule,
            "lexicons/internal_code.txt": "# kode operasi internal\noperasi elang hitam\nsandi merpati | 0.9\n",
        ])
        let loaded = try EngineLoader.load(overlayDirectory: overlay)
        #expect(loaded.overlayError == nil)
        #expect(loaded.engine.rulebook.version.hasSuffix("+kanwil-x.1"))
        let verdict = loaded.engine.check(Post(text: "Besok mulai Operasi Elang Hitam di blok C"))
        // The bundled rules may also speak (an operation announced for a block reads as a leak); the overlay's rule
        // is there with its own lexicon's words.
        let finding = try #require(verdict.findings.first { $0.rule == "ORG-1" })
        #expect(finding.evidence.first?.text == "Operasi Elang Hitam")
    }

    @Test func overlayCanRemoveABundledPhrase() throws {
        let bundled = try EngineLoader.load().engine
        let text = "Ini denah blok hunian dan jadwal regu jaga malam, CCTV blok C mati sejak kemarin"
        #expect(bundled.check(Post(text: text)).findings.contains { $0.rule == "DJPAS-6" })
        let overlay = try makeOverlay(["lexicons/prison_security.txt": "!denah blok hunian\n!denah\n!regu jaga\n!jadwal regu jaga\n!cctv\n!cctv blok\n!blok hunian\n!cctv mati\n!mati\n!jadwal jaga\n"])
        let loaded = try EngineLoader.load(overlayDirectory: overlay)
        #expect(loaded.overlayError == nil)
        let signals = loaded.engine.signals(for: Post(text: text))
        #expect(!signals.instances(of: "prison_security").contains { $0.detail == "denah" })
    }

    @Test(arguments: [
        (["rules/DJPAS-1.json": "{\n  \"id\": \"DJPAS-1\",\n  \"group\": \"ditjenpas\"\n  \"title\": {}\n}"], "rules/DJPAS-1.json", 4),
        (["rules/ORG-2.json": RulebookOverlayTests.customRule.replacingOccurrences(of: "ORG-1", with: "ORG-2").replacingOccurrences(of: "\"severity\": \"high\"", with: "\"severity\": \"extreme\"")], "rules/ORG-2.json", nil),
        (["rules/ORG-1.json": RulebookOverlayTests.customRule], "rules/ORG-1.json", 10),
        (["lexicons/hostility.txt": "benci\nmusuh | 2.5\n"], "lexicons/hostility.txt", 2),
        (["rules/ORG-3.json": RulebookOverlayTests.customRule], "rules/ORG-3.json", 2),
        (["manifest.json": "{\"version\": 3}"], "manifest.json", 1),
    ] as [([String: String], String, Int?)])
    func malformedOverlayIsRefusedWithFileAndLine(files: [String: String], file: String, line: Int?) throws {
        let overlay = try makeOverlay(files)
        let loaded = try EngineLoader.load(overlayDirectory: overlay)
        let error = try #require(loaded.overlayError)
        #expect(error.file == file)
        if let line { #expect(error.line == line, "\(error)") }
        #expect(!error.problem.isEmpty)
        // The bundled rulebook stays in force.
        #expect(loaded.engine.rulebook.version == TestSupport.engine.rulebook.version)
        #expect(loaded.engine.check(Post(text: "Bendera merah putih ini cocoknya buat lap kaki")).findings.first?.rule == "DJPAS-5")
    }

    @Test func missingOverlayDirectoryIsReported() throws {
        let loaded = try EngineLoader.load(overlayDirectory: URL(fileURLWithPath: "/nonexistent/bijak-overlay"))
        #expect(loaded.overlayError != nil)
        #expect(loaded.engine.rulebook.rules.count == 25)
    }
}
