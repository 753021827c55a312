/// Feature vectors of many texts in compressed sparse row form, the training set's design matrix.
struct SparseMatrix: Sendable {
    /// `rowStarts[i]..<rowStarts[i + 1]` are row i's entries.
    var rowStarts: [Int] = [0]
    var columns: [Int32] = []
    var values: [Float] = []
    /// The number of columns (hash buckets).
    let dimension: Int

    init(dimension: Int) { self.dimension = dimension }

    var rowCount: Int { rowStarts.count - 1 }

    mutating func append(_ features: [HashedFeature]) {
        for feature in features {
            columns.append(feature.bucket)
            values.append(feature.value)
        }
        rowStarts.append(columns.count)
    }

    /// Row i's dot product with dense weights, plus a bias.
    @inline(__always)
    func dot(row: Int, _ weights: UnsafePointer<Double>, bias: Double) -> Double {
        var sum = bias
        for entry in rowStarts[row]..<rowStarts[row + 1] {
            sum += Double(values[entry]) * weights[Int(columns[entry])]
        }
        return sum
    }

    /// The rows at the given positions, in that order.
    func rows(_ selection: [Int]) -> SparseMatrix {
        var result = SparseMatrix(dimension: dimension)
        for row in selection {
            let range = rowStarts[row]..<rowStarts[row + 1]
            result.columns.append(contentsOf: columns[range])
            result.values.append(contentsOf: values[range])
            result.rowStarts.append(result.columns.count)
        }
        return result
    }
}
