import Foundation
import Testing

/// `bijak feedback export` and `bijak retention run` refuse bad arguments and settings with exit code 64 before
/// touching any database.
@Suite struct OversightCommandTests {
    @Test func feedbackExportRefusesABadDay() throws {
        let result = try CLI.run(["feedback", "export", "--since", "kemarin"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--since"))
    }

    @Test func retentionRunRefusesABadPeriod() throws {
        let result = try CLI.run(["retention", "run", "--dry-run"], environment: ["BIJAK_RETAIN_SESSIONS_DAYS": "sebentar"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("BIJAK_RETAIN_SESSIONS_DAYS"))
    }
}
