import Foundation

/// Rate limits count per fixed clock window (API tokens per minute, sign-ins per 15 minutes); a test that counts to
/// a limit first waits out the end of a window so that its requests all fall in one.
enum MinuteWindow {
    /// Waits when fewer than `margin` seconds of the current `window`-second window are left.
    static func waitForFreshWindow(window: Int = 60, margin: Int = 3) async throws {
        let left = window - Int(Date().timeIntervalSince1970) % window
        if left <= margin { try await Task.sleep(for: .seconds(left + 1)) }
    }
}
