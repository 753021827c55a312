import Foundation

/// Bijak's model file format, version 1.
///
/// Layout: the 8 bytes `BIJAKMDL`, a little-endian UInt32 format version, a little-endian UInt32 header length,
/// a JSON header (names, labels, thresholds, biases, scales, feature and normaliser settings), then one UInt8
/// quantised inverse document frequency per bucket, then int8 weights bucket-major (`bucket * labels + label`).
/// Binary rather than JSON+base64 because it loads by copying bytes, and a 2^19-bucket model with 12 labels
/// stays at 6.8 MB.
enum ModelFile {
    static let magic = Array("BIJAKMDL".utf8)
    static let formatVersion: UInt32 = 1

    struct Header: Codable {
        var name: String
        var version: String
        var labels: [String]
        var thresholds: [Double]
        var biases: [Float]
        var scales: [Float]
        var idfScale: Float
        var features: FeatureConfig
        var normalizer: ModelTextNormalizer
        var schema: DatasetSchema
        var notes: [String: String]
        /// Parent label index per label (-1 for none).
        var parents: [Int]?
    }

    /// The idf quantisation step: idf = byte * step; smooth idf never exceeds 1 + ln(n + 1) < 16 for any corpus
    /// below eight million texts.
    static let idfScale: Float = 16.0 / 255

    static func quantiseIDF(_ value: Float) -> UInt8 { UInt8(min(255, max(0, (value / idfScale).rounded()))) }

    static func encode(_ model: TextModel) throws -> Data {
        let header = Header(name: model.name, version: model.version, labels: model.labels,
                            thresholds: model.thresholds, biases: model.biases, scales: model.scales,
                            idfScale: idfScale, features: model.features, normalizer: model.normalizer,
                            schema: model.schema, notes: model.notes,
                            parents: model.parents.contains { $0 != nil } ? model.parents.map { $0 ?? -1 } : nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(header)
        var data = Data(magic)
        withUnsafeBytes(of: formatVersion.littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(json.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(json)
        data.append(contentsOf: model.idf)
        model.weights.withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }

    static func decode(_ data: Data) throws -> TextModel {
        let bytes = [UInt8](data)
        guard bytes.count >= 16, Array(bytes[0..<8]) == magic else { throw ModelDataError.badModelFile("magic") }
        func uint32(at offset: Int) -> UInt32 {
            bytes[offset..<offset + 4].enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
        }
        guard uint32(at: 8) == formatVersion else {
            throw ModelDataError.badModelFile("format version \(uint32(at: 8))")
        }
        let headerLength = Int(uint32(at: 12))
        guard bytes.count >= 16 + headerLength else { throw ModelDataError.badModelFile("truncated header") }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(bytes[16..<16 + headerLength]))
        } catch {
            throw ModelDataError.badModelFile("header: \(error)")
        }
        let labelCount = header.labels.count
        guard (8...24).contains(header.features.bits), (1...4).contains(header.features.wordMaxN),
              header.features.charMinN >= 1, header.features.charMaxN >= header.features.charMinN, labelCount > 0, header.thresholds.count == labelCount,
              header.biases.count == labelCount, header.scales.count == labelCount else {
            throw ModelDataError.badModelFile("inconsistent header")
        }
        guard ModelTextNormalizer.supportedIdentifiers.contains(header.normalizer.identifier) else {
            throw ModelDataError.badModelFile("unknown normaliser \(header.normalizer.identifier)")
        }
        let parents = header.parents?.map { $0 >= 0 ? $0 : nil } ?? Array(repeating: nil, count: labelCount)
        guard parents.count == labelCount,
              parents.enumerated().allSatisfy({ index, parent in parent.map { $0 < index } ?? true }) else {
            throw ModelDataError.badModelFile("parents")
        }
        let dimension = 1 << header.features.bits
        let idfStart = 16 + headerLength, weightStart = idfStart + dimension
        guard bytes.count == weightStart + dimension * labelCount else {
            throw ModelDataError.badModelFile("size \(bytes.count) does not match header")
        }
        guard header.idfScale == idfScale else { throw ModelDataError.badModelFile("idf scale") }
        let idf = Array(bytes[idfStart..<weightStart])
        let weights = bytes[weightStart...].map { Int8(bitPattern: $0) }
        return TextModel(name: header.name, version: header.version, labels: header.labels,
                         thresholds: header.thresholds, normalizer: header.normalizer, schema: header.schema,
                         notes: header.notes, parents: parents, features: header.features, idf: idf, weights: weights,
                         scales: header.scales, biases: header.biases)
    }
}
