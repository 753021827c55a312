import Foundation

/// Rate limits count per clock minute; a test that counts to a limit waits out the last two seconds of a minute so
/// that its requests all fall in one window.
enum MinuteWindow {
    static func waitForFreshWindow() async throws {
        let second = Int(Date().timeIntervalSince1970) % 60
        if second >= 57 { try await Task.sleep(for: .seconds(61 - second)) }
    }
}
