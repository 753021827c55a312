/// ANSI styles for terminal output; a no-op when styling is off so callers never branch.
struct Style: Sendable {
    /// Whether escape codes are emitted.
    let enabled: Bool

    func green(_ text: String) -> String { wrap(text, "32;1") }
    func yellow(_ text: String) -> String { wrap(text, "33;1") }
    func red(_ text: String) -> String { wrap(text, "31;1") }
    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    /// Evidence inside a post: reverse video and underline on a terminal, `[[double brackets]]` elsewhere so
    /// that piped output and logs still show exactly which words matched.
    func highlight(_ text: String) -> String {
        enabled ? "\u{1B}[7;4m\(text)\u{1B}[0m" : "[[\(text)]]"
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
