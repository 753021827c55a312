/// The result of checking the audit chain.
public struct AuditVerification: Sendable, Equatable {
    /// Why an entry does not hold.
    public enum Problem: Sendable, Equatable {
        /// The entry numbered `expected` (and maybe more) is gone.
        case missingEntries(expected: Int64)
        /// The entry's `prev_hash` is not its predecessor's hash (an entry before it was changed or reordered).
        case brokenLink
        /// The entry's columns no longer give its hash (the entry itself was changed).
        case contentChanged

        /// What went wrong, in Indonesian then English.
        public var description: String {
            switch self {
            case .missingEntries(let expected):
                return "entri #\(expected) hilang (dihapus) / entry #\(expected) is missing (deleted)"
            case .brokenLink:
                return "tautan ke entri sebelumnya putus / the link to the previous entry is broken"
            case .contentChanged:
                return "isi entri diubah setelah dicatat / the entry was changed after it was written"
            }
        }
    }

    /// The first entry that does not hold.
    public struct Broken: Sendable, Equatable {
        /// The entry's number as stored.
        public let seq: Int64
        public let problem: Problem
    }

    /// How many entries were found intact before the first broken one (all of them when the chain holds).
    public let checkedEntries: Int
    /// The first broken entry, or nil when the whole chain holds.
    public let firstBroken: Broken?

    /// Whether the whole chain holds.
    public var isIntact: Bool { firstBroken == nil }
}
