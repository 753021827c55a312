@testable import BijakServer
import Foundation
import Testing
import Vapor

/// A real browser walks a Humas draft through approval: the officer writes, checks, saves and submits; another
/// person (the unit's admin, in a browser context of their own) approves; the page shows the draft approved.
///
/// Part of the serialized `BrowserTests` suite: two headless browsers driving two servers at once interfered.
extension BrowserTests {
    struct HumasReport: Decodable {
        let status: String
        let history: [String]
        let lang: String
        let checked: String
        let officerSeesApprove: Bool
    }

    @Test(.enabled(if: Self.chromium != nil, "Chromium is not installed (apt-get install -y chromium)"),
          .timeLimit(.minutes(2)))
    func anOfficerSubmitsAndAnotherPersonApprovesInChromium() async throws {
        let store = TestDatabase.sqlite.makeStore()
        var configuration = TestApp.configuration(store)
        configuration.port = 0
        let app = try await TestApp.make(configuration)
        do {
            let fixture = try await Fixture.seed(on: app)
            try await SocialAccount(platform: .instagram, handle: "kanwiljateng", kind: .institutional,
                                    unitID: try fixture.kanwilA.requireID()).create(on: app.db)
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            // As for the check page: docs/screenshots/ is refreshed only with BIJAK_UPDATE_SCREENSHOT=1.
            let screenshot = ProcessInfo.processInfo.environment["BIJAK_UPDATE_SCREENSHOT"] == "1"
                ? Self.packageRoot.appendingPathComponent("docs/screenshots/humas-draft.png")
                : store.cleanupDirectory!.appendingPathComponent("humas-draft.png")
            let output = try Self.run([
                "python3", Self.packageRoot.appendingPathComponent("scripts/browser_humas.py").path,
                "http://127.0.0.1:\(port)", fixture.humasA.nip, fixture.adminA.nip, TestApp.password,
                "Layanan kunjungan online kini dibuka setiap hari kerja, gratis tanpa perantara.",
                "--screenshot", screenshot.path, "--chromium", Self.chromium!])
            let report = try JSONDecoder().decode(HumasReport.self, from: Data(output.utf8))
            #expect(report.status == "approved")
            #expect(report.checked == "allow")
            #expect(!report.officerSeesApprove)
            #expect(report.lang == "id")
            #expect(report.history.count == 3)
            #expect(report.history.last?.contains(fixture.adminA.name) == true)
            #expect(try Data(contentsOf: screenshot).starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let draft = try #require(try await HumasDraft.query(on: app.db).first())
            #expect(draft.status == .approved && draft.approvedBy == fixture.adminA.id)
        } catch {
            await app.server.shutdown()
            await TestApp.close(app, store: store)
            throw error
        }
        await app.server.shutdown()
        await TestApp.close(app, store: store)
    }
}
