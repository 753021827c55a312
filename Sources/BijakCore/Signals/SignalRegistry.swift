/// Gives every signal name the rules refer to a dense index, so that evaluating rules reads strengths by position
/// instead of hashing names (rules ask for about a hundred strengths per post).
public final class SignalRegistry: Sendable {
    private let indexByName: [String: Int]
    /// The registered names, by index.
    public let names: [String]

    /// Registers `names` (duplicates are ignored).
    public init<S: Sequence>(names: S) where S.Element == String {
        var unique: [String] = []
        var index: [String: Int] = [:]
        for name in names where index[name] == nil {
            index[name] = unique.count
            unique.append(name)
        }
        self.names = unique
        self.indexByName = index
    }

    /// The index of `name`, if registered.
    public func index(of name: String) -> Int? { indexByName[name] }

    /// The number of registered names.
    public var count: Int { names.count }
}
