import Foundation
import Testing

@Suite struct CheckCommandTests {
    static let hateful = "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini"

    @Test func greetingIsAllowedWithExitZero() throws {
        let result = try CLI.run(["check", "Selamat pagi rekan-rekan"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("IZINKAN / ALLOW"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func jsonHasTheDocumentedNames() throws {
        let result = try CLI.run(["check", "--json", "Selamat pagi rekan-rekan"])
        #expect(result.status == 0)
        let json = try #require(result.json)
        #expect(json["decision"] as? String == "allow")
        #expect((json["findings"] as? [Any])?.isEmpty == true)
        #expect(json["rulebook_version"] is String)
    }

    @Test func hateSpeechIsFlaggedWithEvidenceIntoTheText() throws {
        let result = try CLI.run(["check", "--json", Self.hateful])
        #expect(result.status == 20 || result.status == 10)
        let json = try #require(result.json)
        #expect(["block", "review"].contains(json["decision"] as? String))
        let findings = try #require(json["findings"] as? [[String: Any]])
        let rules = findings.flatMap { [$0["rule"] as? String ?? ""] + ($0["related"] as? [String] ?? []) }
        #expect(rules.contains("DJPAS-2"))
        for finding in findings {
            #expect(finding["score"] is Double)
            for evidence in try #require(finding["evidence"] as? [[String: Any]]) {
                let start = try #require(evidence["start"] as? Int), end = try #require(evidence["end"] as? Int)
                if evidence["field"] as? String == "text" {
                    #expect(CLI.scalars(Self.hateful, start, end) == evidence["text"] as? String)
                }
            }
        }
    }

    @Test func humanOutputMarksEvidenceWithBrackets() throws {
        let result = try CLI.run(["check", Self.hateful])
        #expect(result.status == 20 || result.status == 10)
        #expect(result.stdout.contains("[["))
        #expect(result.stdout.contains("DJPAS-2"))
    }

    @Test func textFromStandardInput() throws {
        let result = try CLI.run(["check", "--json"], stdin: Data("Selamat pagi rekan-rekan\n".utf8))
        #expect(result.status == 0)
        #expect(result.json?["decision"] as? String == "allow")
    }

    @Test func unknownActionIsAUsageErrorListingValidActions() throws {
        let result = try CLI.run(["check", "--action", "teleport", "halo"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("teleport"))
        #expect(result.stderr.contains("share") && result.stderr.contains("bagikan"))
    }

    @Test func indonesianActionSynonymIsAccepted() throws {
        let result = try CLI.run(["check", "--action", "bagikan", "--target", "Selamat pagi", "halo"])
        #expect(result.status != 64)
    }

    @Test func badTimeIsAUsageErrorNamingTheValue() throws {
        let result = try CLI.run(["check", "--time", "kemarin sore", "halo"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("kemarin sore"))
    }

    @Test func missingFileExits66() throws {
        let result = try CLI.run(["check", "--file", "/nonexistent/bijak/post.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("tidak ditemukan / file not found"))
    }

    @Test func invalidUTF8FileExits65() throws {
        let directory = try CLI.temporaryDirectory()
        let file = directory.appendingPathComponent("post.txt")
        try Data([0x68, 0x61, 0x6C, 0xFF, 0xFE, 0x6F]).write(to: file)
        let result = try CLI.run(["check", "--file", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bukan UTF-8 yang sah / not valid UTF-8"))
        #expect(!result.stderr.contains("hal"), "the draft is never echoed in an error")
    }

    @Test func textOverTenMegabytesIsRefused() throws {
        let directory = try CLI.temporaryDirectory()
        let file = directory.appendingPathComponent("huge.txt")
        try Data(repeating: 0x61, count: 10 * 1024 * 1024 + 1).write(to: file)
        let result = try CLI.run(["check", "--file", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("10 MB"))
    }

    @Test func malformedOverlayWarnsAndKeepsTheBundledRulebook() throws {
        let directory = try CLI.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("rules"), withIntermediateDirectories: true)
        try Data("{\n  \"id\": \n".utf8).write(to: directory.appendingPathComponent("rules/ORG-1.json"))
        let result = try CLI.run(["check", "--rulebook-dir", directory.path, "Selamat pagi rekan-rekan"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("overlay ditolak / overlay rejected"))
        #expect(result.stderr.contains("ORG-1.json"))
    }

    @Test func versionIsPrinted() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0.1.0"))
    }
}
