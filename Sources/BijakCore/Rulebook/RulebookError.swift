/// A problem in a rulebook file, named precisely enough to fix: which file, which line, what is wrong.
public struct RulebookError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, relative to the rulebook directory (e.g. `rules/DJPAS-1.json`).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong, in Indonesian and English.
    public var problem: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `rules/DJPAS-1.json:12: ...`
    public var description: String {
        if let line { return "\(file):\(line): \(problem)" }
        return "\(file): \(problem)"
    }
}
