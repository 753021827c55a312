import Foundation

/// Sums repeated hashed features of one text into one entry per bucket, in first-seen order.
///
/// A tiny open-addressing table sized for the text: sorting would cost more than the rest of featurising a
/// tweet, and a dense per-bucket array would have to be cleared for every text.
struct FeatureAccumulator {
    private var slots: [Int32]
    private var mask: Int
    private(set) var buckets: [Int32] = []
    private(set) var counts: [Float] = []

    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        buckets.reserveCapacity(expected)
        counts.reserveCapacity(expected)
    }

    @inline(__always)
    mutating func add(bucket: Int32, value: Float) {
        var slot = Int(truncatingIfNeeded: UInt32(bitPattern: bucket) &* 0x9E37_79B1) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 {
                if buckets.count * 2 >= mask { grow() ; add(bucket: bucket, value: value); return }
                slots[slot] = Int32(buckets.count)
                buckets.append(bucket)
                counts.append(value)
                return
            }
            if buckets[Int(entry)] == bucket {
                counts[Int(entry)] += value
                return
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let capacity = (mask + 1) * 2
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (position, bucket) in buckets.enumerated() {
            var slot = Int(truncatingIfNeeded: UInt32(bitPattern: bucket) &* 0x9E37_79B1) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position)
        }
    }

    /// The summed features with counts dampened to `sign * (1 + ln |count|)`; buckets whose signed
    /// collisions cancelled to zero are dropped.
    var features: [HashedFeature] {
        var result: [HashedFeature] = []
        result.reserveCapacity(buckets.count)
        for (bucket, count) in zip(buckets, counts) where count != 0 {
            let magnitude = 1 + log(abs(count))
            result.append(HashedFeature(bucket: bucket, value: count < 0 ? -magnitude : magnitude))
        }
        return result
    }
}
