import Foundation

/// Several text models scored together, as the checker does for every post.
///
/// Scoring a model is bound by memory latency: each hashed feature reads one weight row at a random place in a
/// table of megabytes. Models that share a feature configuration therefore hash a text once and read one fused
/// row per bucket holding every model's idf and weights, so three models cost little more than one. The scores
/// are exactly those of ``TextModel/scores(for:)-(ModelText)`` for each model: the same float operations run in
/// the same order.
public struct ModelBank: Sendable {
    /// The models, in the order of ``scores(for:)``.
    public let models: [TextModel]
    /// Models with one feature configuration (their positions in ``models``) and their fused table.
    private let groups: [(indices: [Int], table: FusedWeightTable)]

    /// Fuses `models` that share a feature configuration; others are scored in groups of their own.
    public init(models: [TextModel]) {
        self.models = models
        var configs: [FeatureConfig] = []
        var members: [[Int]] = []
        for (index, model) in models.enumerated() {
            if let group = configs.firstIndex(of: model.features) {
                members[group].append(index)
            } else {
                configs.append(model.features)
                members.append([index])
            }
        }
        self.groups = members.map { indices in (indices, FusedWeightTable(models: indices.map { models[$0] })) }
    }

    /// Probabilities per model (in ``models`` order) and label (in the model's label order).
    public func scores(for text: ModelText) -> [[Double]] {
        var result = [[Double]](repeating: [], count: models.count)
        for group in groups {
            let sums = group.table.sums(for: text)
            for (position, index) in group.indices.enumerated() {
                result[index] = models[index].probabilities(fromSums: sums[group.table.labelRanges[position]])
            }
        }
        return result
    }
}

/// One row per bucket: each model's quantised idf byte, then each model's int8 weights, label after label,
/// padded to a power of two no smaller than 16 bytes and aligned to a cache line, so that one row is one line.
private final class FusedWeightTable: @unchecked Sendable {
    // Immutable after init; the raw memory is only read by `sums(for:)`.
    let hasher: FeatureHasher
    let modelCount: Int
    let labelRanges: [Range<Int>]
    let labelCount: Int
    let stride: Int
    let rows: UnsafeMutableRawPointer

    init(models: [TextModel]) {
        hasher = models[0].hasher
        modelCount = models.count
        var ranges: [Range<Int>] = []
        var next = 0
        for model in models {
            ranges.append(next..<(next + model.labels.count))
            next += model.labels.count
        }
        labelRanges = ranges
        labelCount = next
        var stride = 16
        while stride < modelCount + labelCount { stride <<= 1 }
        self.stride = stride
        let buckets = hasher.dimension
        rows = UnsafeMutableRawPointer.allocate(byteCount: buckets * stride, alignment: 64)
        rows.initializeMemory(as: Int8.self, repeating: 0, count: buckets * stride)
        for (position, model) in models.enumerated() {
            let weightOffset = modelCount + ranges[position].lowerBound
            model.rows.withUnsafeBufferPointer { source in
                for bucket in 0..<buckets {
                    let from = bucket * model.rowStride
                    let to = rows + bucket * stride
                    to.storeBytes(of: source[from], toByteOffset: position, as: Int8.self)
                    for label in 0..<model.labels.count {
                        to.storeBytes(of: source[from + 1 + label], toByteOffset: weightOffset + label, as: Int8.self)
                    }
                }
            }
        }
    }

    deinit { rows.deallocate() }

    /// Per label of every model, the sum over groups of the group's scaled values times the int8 weights.
    func sums(for text: ModelText) -> [Float] {
        var sums = [Float](repeating: 0, count: labelCount)
        let modelCount = modelCount, labelCount = labelCount, stride = stride, rows = rows
        let ranges = labelRanges
        sums.withUnsafeMutableBufferPointer { sums in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: labelCount) { group in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: modelCount) { squares in
                    hasher.withCountedGroups(of: text) { table, weight in
                        group.update(repeating: 0)
                        squares.update(repeating: 0)
                        // Touch every row first. These loads do not depend on each other, so the processor keeps
                        // many cache misses in flight at once; in the scoring loop below each miss stalls the
                        // per-label work behind it (the profile put 80 % of scoring time on the idf load).
                        var touched: UInt8 = 0
                        for index in 0..<table.count {
                            touched |= rows.load(fromByteOffset: Int(table.buckets[index]) * stride, as: UInt8.self)
                        }
                        // Every idf byte is at least 1 (idf >= 1), so this never returns; it keeps the loads.
                        if touched == 0 { return }
                        for index in 0..<table.count {
                            let total = table.values[index]
                            guard total != 0 else { continue }
                            let dampened = FeatureAccumulator.dampen(abs(total))
                            let row = rows + Int(table.buckets[index]) * stride
                            let weights = (row + modelCount).assumingMemoryBound(to: Int8.self)
                            for model in 0..<modelCount {
                                let idf = Float(row.load(fromByteOffset: model, as: UInt8.self)) * ModelFile.idfScale
                                let magnitude = dampened * idf
                                let value = total < 0 ? -magnitude : magnitude
                                squares[model] += value * value
                                for label in ranges[model] { group[label] += value * Float(weights[label]) }
                            }
                        }
                        for model in 0..<modelCount where squares[model] > 0 {
                            let scale = weight / squares[model].squareRoot()
                            for label in ranges[model] { sums[label] += group[label] * scale }
                        }
                    }
                }
            }
        }
        return sums
    }
}
