import Foundation

/// An ``IndonesianStemmer`` with a bounded memo of recent results; words in posts repeat a lot, so most calls are
/// one hash lookup.
///
/// The memo has two generations: new results go into the young one; when it is full it becomes the old one and the
/// previous old one is dropped. A hit in the old generation is promoted. Memory stays below about
/// `2 * capacity` entries and frequently used words survive, which approximates LRU without per-hit bookkeeping.
///
/// Thread-safe (a lock guards the memo). Under heavy parallel use give each worker its own instance to avoid lock
/// contention.
public final class CachingStemmer: @unchecked Sendable {
    /// The wrapped stemmer.
    public let stemmer: IndonesianStemmer
    /// The number of entries per generation.
    public let capacity: Int

    private let lock = NSLock()
    private var young: [String: String] = [:]
    private var old: [String: String] = [:]

    /// Wraps `stemmer`, remembering up to about `2 * capacity` results (`capacity` is at least 16).
    public init(_ stemmer: IndonesianStemmer, capacity: Int = 50_000) {
        self.stemmer = stemmer
        self.capacity = max(16, capacity)
        young.reserveCapacity(min(self.capacity, 1 << 16))
    }

    /// Same result as ``IndonesianStemmer/stem(_:)``.
    public func stem(_ word: String) -> String {
        lock.lock()
        if let hit = young[word] {
            lock.unlock()
            return hit
        }
        if let hit = old[word] {
            insert(word, hit)
            lock.unlock()
            return hit
        }
        lock.unlock()
        let result = stemmer.stem(word)
        lock.lock()
        insert(word, result)
        lock.unlock()
        return result
    }

    /// Empties the memo.
    public func removeAll() {
        lock.lock()
        young.removeAll()
        old.removeAll()
        lock.unlock()
    }

    /// The number of remembered results (both generations, possibly counting a word twice).
    public var cachedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return young.count + old.count
    }

    /// Must be called with the lock held.
    private func insert(_ word: String, _ result: String) {
        if young.count >= capacity {
            old = young
            young = [:]
            young.reserveCapacity(min(capacity, 1 << 16))
        }
        young[word] = result
    }
}
