import Foundation

/// Remembers what the pipeline made of a word (repair, slang, stems), because the same words recur in almost
/// every post: one lookup replaces a repair, a slang lookup and a stemmer call.
///
/// Thread-safe; bounded (cleared when full, which is rare: real vocabularies are far smaller than the bound).
final class WordCache: @unchecked Sendable {
    /// What one written word becomes.
    struct Entry {
        /// The terms' (text, stem, raw) triples; a number yields one term whose stem is itself.
        var parts: [(text: String, stem: String, raw: String?, forms: [String])]
        var isNumber: Bool
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private let capacity: Int

    init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

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
