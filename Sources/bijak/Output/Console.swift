import Foundation

/// Where the command line writes, and what the terminal can show.
///
/// Verdicts go to standard output; progress, warnings and errors go to standard error, so that
/// `bijak scan posts.jsonl > verdicts.jsonl` keeps the output file clean.
enum Console {
    /// Writes `text` to standard output as is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes raw bytes to standard output (for batches of JSON lines).
    static func out(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Writes one line to standard error.
    static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes to standard error without a newline (for the progress bar).
    static func errRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    /// Whether standard input is a terminal (nothing piped in).
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Colour and emphasis on standard output: only on a terminal, and never when `NO_COLOR` is set
    /// (https://no-color.org: any non-empty value).
    static var stdoutStyled: Bool {
        guard stdoutIsTerminal else { return false }
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return true
    }
}
