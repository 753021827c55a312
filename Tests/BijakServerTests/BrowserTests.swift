@testable import BijakServer
import Foundation
import Testing
import Vapor

/// A real browser on a real socket: headless Chromium opens the check page, submits a post and sees the highlighted
/// evidence. Skipped (with the reason) where Chromium is not installed; `.ci/run` installs it.
@Suite(.serialized) struct BrowserTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Report: Decodable {
        let decision: String
        let marks: [[String]]
        let findings: [String]
        let lang: String
    }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install -y chromium); .ci/run installs it"),
          .timeLimit(.minutes(2)))
    func checkPageHighlightsEvidenceInChromium() async throws {
        let store = TestDatabase.sqlite.makeStore()
        var configuration = TestApp.configuration(store)
        configuration.port = 0
        let app = try await TestApp.make(configuration)
        do {
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            // The screenshot in docs/ is refreshed only on request, so that test runs leave the tree unchanged.
            let update = ProcessInfo.processInfo.environment["BIJAK_UPDATE_SCREENSHOT"] == "1"
            let screenshot = update
                ? Self.packageRoot.appendingPathComponent("docs/screenshots/check-page.png")
                : store.cleanupDirectory!.appendingPathComponent("check-page.png")
            let output = try Self.run(["python3", Self.packageRoot.appendingPathComponent("scripts/browser_check.py").path,
                                       "http://127.0.0.1:\(port)/",
                                       "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini",
                                       "--screenshot", screenshot.path, "--chromium", Self.chromium!])
            let report = try JSONDecoder().decode(Report.self, from: Data(output.utf8))
            #expect(report.decision == "block")
            #expect(report.lang == "id")
            #expect(report.marks.contains(["kaum c1na", "DJPAS-2"]))
            #expect(report.findings.contains("finding-DJPAS-2"))
            let png = try Data(contentsOf: screenshot)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(png.count > 10_000)
        } catch {
            await app.server.shutdown()
            await TestApp.close(app, store: store)
            throw error
        }
        await app.server.shutdown()
        await TestApp.close(app, store: store)
    }

    /// Runs a command and returns its standard output; a failure carries its standard error.
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Abort(.internalServerError, reason: "\(arguments[1]) failed: \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
