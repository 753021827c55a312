/// A setting whose value cannot be used; start-up stops with this message.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    /// The environment variable.
    public var variable: String
    /// The value found.
    public var value: String
    /// What would have been accepted.
    public var expected: String

    /// Creates an error.
    public init(variable: String, value: String, expected: String) {
        self.variable = variable
        self.value = value
        self.expected = expected
    }

    public var description: String {
        // A password is never echoed back, even when it is wrong; nor is a database URL, which may hold one.
        let secret = variable.hasSuffix("PASSWORD") || variable == "DATABASE_URL"
        let shown = secret ? "(hidden)" : "\"\(value)\""
        return "Pengaturan tidak sah / invalid setting: \(variable)=\(shown); "
            + "yang diterima / expected: \(expected)"
    }
}
