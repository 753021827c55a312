import Foundation

/// A read-only map from words to dense `Int32` ids, tuned for many short lookups.
///
/// `Dictionary<String, Int32>` pays for a seeded SipHash per lookup; this table hashes the UTF-8 bytes with a
/// cheap FNV-1a variant, probes an open-addressed power-of-two table, and compares candidates byte by byte
/// against one contiguous buffer holding every word.
struct WordTable: Sendable {
    /// All words' UTF-8 bytes, back to back; word `id` is `bytes[offsets[id] ..< offsets[id + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int32]
    /// Open-addressed slots: the word's full hash in the high 32 bits (to skip most byte comparisons) and its id
    /// in the low 32 bits, or `empty`.
    private let entries: [UInt64]
    private static let empty = UInt64.max
    private let mask: Int

    /// The number of words.
    var count: Int { offsets.count - 1 }

    /// Builds the table; `words[id]` gets id `id`. Words must be distinct.
    init(words: [String]) {
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(words.count + 1)
        for word in words {
            bytes.append(contentsOf: word.utf8)
            offsets.append(Int32(truncatingIfNeeded: bytes.count))
        }
        var capacity = 8
        while capacity < words.count * 2 { capacity <<= 1 }
        var entries = [UInt64](repeating: Self.empty, count: capacity)
        let mask = capacity - 1
        for (id, word) in words.enumerated() {
            let hash = Self.hash(word.utf8)
            var slot = Int(hash) & mask
            while entries[slot] != Self.empty { slot = (slot + 1) & mask }
            entries[slot] = UInt64(hash) << 32 | UInt64(UInt32(id))
        }
        self.bytes = bytes
        self.offsets = offsets
        self.entries = entries
        self.mask = mask
    }

    /// The id of `word`, or -1 if it is not in the table.
    ///
    /// Words are compared by their UTF-8 bytes, without Unicode canonical equivalence: callers pass words that are
    /// already normalised the same way as the lexicon.
    @inline(__always)
    func id(of word: String) -> Int32 {
        if let found = word.utf8.withContiguousStorageIfAvailable({ lookUp($0) }) { return found }
        var copy = word
        return copy.withUTF8 { lookUp($0) }
    }

    @inline(__always)
    private func lookUp(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(word)
        return entries.withUnsafeBufferPointer { entries in
            offsets.withUnsafeBufferPointer { offsets in
                bytes.withUnsafeBufferPointer { bytes in
                    var slot = Int(hash) & mask
                    while true {
                        let entry = entries[slot]
                        if entry == Self.empty { return -1 }
                        if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                            let id = Int32(truncatingIfNeeded: entry)
                            let start = Int(offsets[Int(id)])
                            if Int(offsets[Int(id) + 1]) - start == word.count,
                               word.isEmpty || memcmp(bytes.baseAddress! + start, word.baseAddress!, word.count) == 0 {
                                return id
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func hash(_ word: some Sequence<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in word { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return finish(hash)
    }

    @inline(__always)
    private static func finish(_ fnv: UInt32) -> UInt32 {
        var hash = fnv
        hash ^= hash >> 16
        hash = hash &* 0x85EB_CA6B
        hash ^= hash >> 13
        return hash
    }
}
