/// An immutable set of root words that answers membership for byte strings without allocating.
///
/// Words are stored back to back in one byte buffer and found through an open-addressing hash table, so a lookup
/// hashes the candidate bytes and compares at most a few stored words. The empty word is never a member.
struct RootDictionary: Sendable {
    private let storage: [UInt8]
    private let starts: [Int32]
    private let slots: [Int32]
    private let mask: Int

    /// Creates a dictionary of the given words (duplicates and empty words are ignored).
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var unique = Set<String>()
        for word in words where !word.isEmpty { unique.insert(word) }
        var storage = [UInt8]()
        var starts: [Int32] = [0]
        for word in unique.sorted() {
            storage.append(contentsOf: word.utf8)
            starts.append(Int32(storage.count))
        }
        var capacity = 16
        while capacity < unique.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        storage.withUnsafeBufferPointer { buffer in
            for index in 0..<(starts.count - 1) {
                let word = UnsafeBufferPointer(rebasing: buffer[Int(starts[index])..<Int(starts[index + 1])])
                var slot = Int(truncatingIfNeeded: Self.hash(word)) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index)
            }
        }
        self.storage = storage
        self.starts = starts
        self.slots = slots
        self.mask = mask
    }

    /// The number of words.
    var count: Int { starts.count - 1 }

    /// Whether `word` is a member.
    @inline(__always) func contains(_ word: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { contains($0) }
    }

    /// Whether the bytes in `word` form a member.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty else { return false }
        var slot = Int(truncatingIfNeeded: Self.hash(word)) & mask
        return storage.withUnsafeBufferPointer { buffer in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return false }
                let start = Int(starts[index]), end = Int(starts[index + 1])
                if end - start == word.count {
                    var same = true
                    for offset in 0..<word.count where buffer[start + offset] != word[offset] {
                        same = false
                        break
                    }
                    if same { return true }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a, 64 bit.
    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        return value ^ (value >> 29)
    }
}
