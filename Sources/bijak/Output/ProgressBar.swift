import Foundation

/// A one-line progress display on standard error, redrawn at most ten times a second.
///
/// Only shown when standard error is a terminal: in a log file, carriage-return animation is noise.
final class ProgressBar {
    private let enabled: Bool
    private let totalBytes: Int?
    private let started = Date()
    private var lastDraw = Date.distantPast

    init(enabled: Bool, totalBytes: Int?) {
        self.enabled = enabled
        self.totalBytes = totalBytes.flatMap { $0 > 0 ? $0 : nil }
    }

    /// Redraws if a tenth of a second has passed.
    func update(posts: Int, bytesRead: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let rate = Double(posts) / max(now.timeIntervalSince(started), 0.001)
        var line = "\r"
        if let totalBytes {
            let fraction = min(1, Double(bytesRead) / Double(totalBytes))
            let filled = Int(fraction * 30)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 30 - filled) + "] "
            line += String(format: "%3.0f%% ", fraction * 100)
        }
        line += "\(posts) unggahan/posts, " + String(format: "%.0f", rate) + "/s"
        Console.errRaw(line + "\u{1B}[K")
    }

    /// Clears the line before the summary is printed.
    func finish() {
        guard enabled else { return }
        Console.errRaw("\r\u{1B}[K")
    }
}
