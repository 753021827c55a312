import Foundation

/// Sums repeated hashed features of one text into one entry per bucket, in first-seen order.
///
/// A small open-addressing table over caller-provided (stack) memory: sorting would cost more than the rest of
/// featurising a tweet, and heap allocations per text would halve scoring throughput. The caller sizes the
/// table for the most features the text can produce, so it never grows.
struct FeatureAccumulator {
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let mask: Int
    let buckets: UnsafeMutableBufferPointer<Int32>
    let values: UnsafeMutableBufferPointer<Float>
    private(set) var count = 0

    /// `slots.count` must be a power of two larger than the number of distinct features added between resets;
    /// `buckets` and `values` must hold that many entries.
    init(slots: UnsafeMutableBufferPointer<Int32>, buckets: UnsafeMutableBufferPointer<Int32>,
         values: UnsafeMutableBufferPointer<Float>) {
        self.slots = slots
        self.mask = slots.count - 1
        self.buckets = buckets
        self.values = values
        slots.initialize(repeating: -1)
    }

    /// The smallest power-of-two table size for `features` additions.
    static func tableSize(for features: Int) -> Int {
        var size = 16
        while size < features * 2 { size <<= 1 }
        return size
    }

    @inline(__always)
    mutating func add(bucket: Int32, value: Float) {
        // Buckets are already hash bits, so they index the table directly.
        var slot = Int(bucket) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 {
                slots[slot] = Int32(truncatingIfNeeded: count)
                buckets[count] = bucket
                values[count] = value
                count += 1
                return
            }
            if buckets[Int(entry)] == bucket {
                values[Int(entry)] += value
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Turns the summed signed counts into `sign * (1 + ln |count|) * idf[bucket]`, dropping buckets whose
    /// collisions cancelled to zero, and returns the squared length of the result.
    mutating func finish(idf: IDFTable) -> Float {
        var kept = 0
        var squares: Float = 0
        for index in 0..<count {
            let total = values[index]
            guard total != 0 else { continue }
            let magnitude = Self.dampen(abs(total)) * idf[buckets[index]]
            let value = total < 0 ? -magnitude : magnitude
            buckets[kept] = buckets[index]
            values[kept] = value
            squares += value * value
            kept += 1
        }
        count = kept
        return squares
    }

    /// `1 + ln(count)` for a positive whole count.
    @inline(__always)
    static func dampen(_ count: Float) -> Float {
        // Counts are whole numbers; a table avoids a `log` call per feature, a tenth of scoring time.
        count < 32 ? dampened[Int(count)] : 1 + log(count)
    }

    /// `1 + ln(count)` for counts below 32.
    static let dampened: [Float] = (0..<32).map { $0 == 0 ? 0 : 1 + log(Float($0)) }

    /// Empties the table for the next group.
    mutating func reset() {
        slots.update(repeating: -1)
        count = 0
    }
}
