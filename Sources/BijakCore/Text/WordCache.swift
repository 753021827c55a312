import Foundation

/// Remembers what the pipeline made of a word (repair, slang, stems), because the same words recur in almost
/// every post: one lookup replaces a repair, a slang lookup and a stemmer call.
///
/// Thread-safe; bounded (cleared when full, which is rare: real vocabularies are far smaller than the bound).
final class WordCache: @unchecked Sendable {
    /// What one written word becomes.
    struct Entry: Sendable {
        /// The terms the word yields, with an empty span: copying a ready term costs fewer reference counts than
        /// building one from its parts for every occurrence.
        var terms: [Term]
    }

    /// Shards, each with its own lock, so that threads checking posts at once rarely wait for each other.
    private let shards: [Shard]
    private static let shardCount = 16

    init(capacity: Int = 200_000) {
        shards = (0..<Self.shardCount).map { _ in Shard(capacity: max(1, capacity / Self.shardCount)) }
    }

    func entry(for word: String, make: () -> Entry) -> Entry {
        // The shard is chosen from the word's first and last bytes and length: cheap, and spread enough.
        let utf8 = word.utf8
        let key = Int(utf8.first ?? 0) &* 31 &+ Int(utf8.last ?? 0) &* 7 &+ utf8.count
        return shards[key & (Self.shardCount - 1)].entry(for: word, make: make)
    }

    private final class Shard: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: Entry] = [:]
        private let capacity: Int

        init(capacity: Int) { self.capacity = capacity }

        func entry(for word: String, make: () -> Entry) -> Entry {
            lock.lock()
            if let hit = entries[word] {
                lock.unlock()
                return hit
            }
            lock.unlock()
            let made = make()
            lock.lock()
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[word] = made
            lock.unlock()
            return made
        }
    }
}
