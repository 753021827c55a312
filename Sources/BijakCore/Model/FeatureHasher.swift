import Foundation

/// How text becomes hashed features: word 1..n-grams and character n-grams inside whitespace-separated chunks.
///
/// Stored in every model file, so that a model is always featurised exactly as it was trained.
public struct FeatureConfig: Codable, Sendable, Equatable {
    /// log2 of the number of hash buckets.
    public var bits: Int
    /// Longest word n-gram (1 = unigrams only).
    public var wordMaxN: Int
    /// Shortest and longest character n-gram; chunks are padded with a space on both sides as in
    /// scikit-learn's `char_wb`, so that word starts and ends get their own grams.
    public var charMinN: Int
    public var charMaxN: Int
    /// Relative weight of the word and character groups after each group is scaled to unit length.
    public var wordWeight: Float
    public var charWeight: Float
    /// Relative weight of the stem-unigram group (0 leaves stems out).
    public var stemWeight: Float
    /// Multiply dampened counts by inverse document frequency before scaling to unit length.
    public var useIDF: Bool
    /// Relative weight of character n-grams of the text as written (lowercased, not normalised), hashed apart
    /// from the normalised text's grams (0 leaves them out). Normalisation folds away spelling that carries
    /// tone ("anjiiing", "b0doh"); the raw grams keep it.
    public var rawCharWeight: Float
    /// Shortest and longest raw character n-gram.
    public var rawCharMinN: Int
    public var rawCharMaxN: Int
    /// Relative weight of word 1..`wordMaxN`-grams of the lowercased text as written (0 leaves them out).
    public var rawWordWeight: Float

    /// Creates a feature configuration.
    public init(bits: Int = 19, wordMaxN: Int = 2, charMinN: Int = 2, charMaxN: Int = 5,
                wordWeight: Float = 1, charWeight: Float = 1, stemWeight: Float = 0, useIDF: Bool = true,
                rawCharWeight: Float = 0, rawCharMinN: Int = 2, rawCharMaxN: Int = 5, rawWordWeight: Float = 0) {
        self.rawCharWeight = rawCharWeight
        self.rawCharMinN = rawCharMinN
        self.rawCharMaxN = rawCharMaxN
        self.rawWordWeight = rawWordWeight
        self.useIDF = useIDF
        self.stemWeight = stemWeight
        self.bits = bits
        self.wordMaxN = wordMaxN
        self.charMinN = charMinN
        self.charMaxN = charMaxN
        self.wordWeight = wordWeight
        self.charWeight = charWeight
    }
}

extension FeatureConfig {
    /// Model files written before raw-text groups existed decode with those groups off.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(bits: try values.decode(Int.self, forKey: .bits), wordMaxN: try values.decode(Int.self, forKey: .wordMaxN),
                  charMinN: try values.decode(Int.self, forKey: .charMinN),
                  charMaxN: try values.decode(Int.self, forKey: .charMaxN),
                  wordWeight: try values.decode(Float.self, forKey: .wordWeight),
                  charWeight: try values.decode(Float.self, forKey: .charWeight),
                  stemWeight: try values.decode(Float.self, forKey: .stemWeight),
                  useIDF: try values.decode(Bool.self, forKey: .useIDF),
                  rawCharWeight: try values.decodeIfPresent(Float.self, forKey: .rawCharWeight) ?? 0,
                  rawCharMinN: try values.decodeIfPresent(Int.self, forKey: .rawCharMinN) ?? 2,
                  rawCharMaxN: try values.decodeIfPresent(Int.self, forKey: .rawCharMaxN) ?? 5,
                  rawWordWeight: try values.decodeIfPresent(Float.self, forKey: .rawWordWeight) ?? 0)
    }
}

/// One hashed feature of one text: a bucket and its signed value.
public struct HashedFeature: Sendable, Equatable {
    public var bucket: Int32
    public var value: Float
}

/// Signed feature hashing ("hashing trick") of normalised text.
///
/// Hashing keeps the model a fixed-size array with no vocabulary to store, and unseen words still land in a
/// bucket. The hash's top bit gives each feature a sign so that collisions cancel on average instead of
/// piling up. Term counts are dampened to `1 + ln(count)` because repeated words ("wkwkwk", "!!!") say little
/// more than one occurrence.
public struct FeatureHasher: Sendable {
    public let config: FeatureConfig
    /// The number of buckets, `1 << config.bits`.
    public let dimension: Int

    /// Creates a hasher for a configuration.
    public init(config: FeatureConfig) {
        self.config = config
        self.dimension = 1 << config.bits
    }

    /// The text's final feature vector: dampened counts times `idf`, each group scaled to unit length and
    /// multiplied by its group weight. Buckets may repeat once per group; a dot product does not mind.
    public func features(of text: ModelText, idf: [UInt8]) -> [HashedFeature] {
        var result: [HashedFeature] = []
        idf.withUnsafeBufferPointer { idf in
            let table = IDFTable(base: idf.baseAddress!, stride: 1, scale: ModelFile.idfScale)
            withFeatureGroups(of: text, idf: table) { buckets, values, scale in
                for index in buckets.indices {
                    result.append(HashedFeature(bucket: buckets[index], value: values[index] * scale))
                }
            }
        }
        return result
    }

    /// Calls `body` once per non-empty group (words, characters, stems) with the group's buckets, its unscaled
    /// values (dampened count times idf) and the factor that scales the group to its weight over unit length.
    ///
    /// Handing out the scale instead of scaled values lets the scorer multiply once per label rather than once
    /// per feature, and all memory is on the stack: this is the hot path of `TextModel.scores(for:)`.
    @inline(__always)
    func withFeatureGroups(of text: ModelText, idf: IDFTable,
                           _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Float>, Float) -> Void) {
        withCountedGroups(of: text) { table, weight in
            let squares = table.finish(idf: idf)
            guard squares > 0 else { return }
            body(UnsafeBufferPointer(rebasing: table.buckets[0..<table.count]),
                 UnsafeBufferPointer(rebasing: table.values[0..<table.count]), weight / squares.squareRoot())
        }
    }

    /// Calls `body` once per group with a positive weight, with the group's buckets and their signed counts
    /// summed (before dampening and idf) and the group's weight.
    ///
    /// The counts do not depend on a model's idf or weights, so models that share a feature configuration can
    /// hash a text once (``ModelBank``). All memory is on the stack.
    @inline(__always)
    func withCountedGroups(of text: ModelText, _ body: (inout FeatureAccumulator, Float) -> Void) {
        let useRaw = config.rawCharWeight > 0 || config.rawWordWeight > 0
        Self.withScalars(of: text.words) { scalars, kinds, paddedLength in
            Self.withScalars(of: config.stemWeight > 0 ? text.stems : "") { stemScalars, stemKinds, _ in
                Self.withScalars(of: useRaw ? text.raw : "", lowercase: true) { rawScalars, rawKinds, rawPadded in
                    let span = config.charMaxN - config.charMinN + 1
                    let rawSpan = max(1, config.rawCharMaxN - config.rawCharMinN + 1)
                    let most = max(scalars.count * config.wordMaxN, paddedLength * span, stemScalars.count,
                                   rawPadded * rawSpan, rawScalars.count * config.wordMaxN) + 1
                    let tableSize = FeatureAccumulator.tableSize(for: most)
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: tableSize) { slots in
                        withUnsafeTemporaryAllocation(of: Int32.self, capacity: most) { buckets in
                            withUnsafeTemporaryAllocation(of: Float.self, capacity: most) { values in
                                var table = FeatureAccumulator(slots: slots, buckets: buckets, values: values)
                                for group in 0..<5 {
                                    let weight: Float
                                    switch group {
                                    case 0: weight = config.wordWeight
                                    case 1: weight = config.charWeight
                                    case 2: weight = config.stemWeight
                                    case 3: weight = config.rawCharWeight
                                    default: weight = config.rawWordWeight
                                    }
                                    guard weight > 0 else { continue }
                                    table.reset()
                                    switch group {
                                    case 0: addWordGrams(scalars, kinds, maxN: config.wordMaxN, seed: Self.wordSeed, to: &table)
                                    case 1: addCharGrams(scalars, kinds, minN: config.charMinN, maxN: config.charMaxN,
                                                         seed: Self.charSeed, to: &table)
                                    case 2: addWordGrams(stemScalars, stemKinds, maxN: 1, seed: Self.stemSeed, to: &table)
                                    case 3: addCharGrams(rawScalars, rawKinds, minN: config.rawCharMinN,
                                                         maxN: config.rawCharMaxN, seed: Self.rawCharSeed, to: &table)
                                    default: addWordGrams(rawScalars, rawKinds, maxN: config.wordMaxN, seed: Self.rawWordSeed,
                                                          to: &table)
                                    }
                                    body(&table, weight)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The scalars of `text` with their kinds, and the length the text has once every chunk is padded with a
    /// space on both sides, on the stack.
    @inline(__always)
    private static func withScalars(of text: String, lowercase: Bool = false,
                                    _ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<ScalarKind>, Int) -> Void) {
        let capacity = text.utf8.count + 1
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { scalars in
            withUnsafeTemporaryAllocation(of: ScalarKind.self, capacity: capacity) { kinds in
                var length = 0, paddedLength = 0
                var previousSpace = true
                for scalar in text.unicodeScalars {
                    let kind = kind(of: scalar)
                    scalars[length] = lowercase ? lowercased(scalar) : scalar.value
                    kinds[length] = kind
                    length += 1
                    if kind != .space, previousSpace { paddedLength += 2 }
                    previousSpace = kind == .space
                    paddedLength += 1
                }
                body(UnsafeBufferPointer(rebasing: scalars[0..<length]), UnsafeBufferPointer(rebasing: kinds[0..<length]),
                     paddedLength)
            }
        }
    }

    // MARK: - Grams

    /// Word n-grams: a word is a run of letters and digits; an emoji or other symbol is a word of its own
    /// ("😂", "🔥" carry tone); ASCII punctuation only separates.
    @inline(__always)
    private func addWordGrams(_ scalars: UnsafeBufferPointer<UInt32>, _ kinds: UnsafeBufferPointer<ScalarKind>,
                              maxN: Int, seed: UInt64, to table: inout FeatureAccumulator) {
        // The last `maxN` token hashes, newest at the highest index modulo maxN.
        var recent: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var tokens = 0
        var tokenHash = seed
        var inToken = false
        @inline(__always) func endToken() {
            guard inToken else { return }
            withUnsafeMutableBytes(of: &recent) { $0.storeBytes(of: tokenHash, toByteOffset: (tokens & 3) * 8, as: UInt64.self) }
            tokens += 1
            var combined: UInt64 = 0
            for n in 1...min(maxN, tokens) {
                let earlier = withUnsafeBytes(of: recent) {
                    $0.load(fromByteOffset: ((tokens - n) & 3) * 8, as: UInt64.self)
                }
                combined = Self.mix(combined &* 0x9E37_79B9_7F4A_7C15 ^ earlier ^ UInt64(n))
                add(combined, to: &table)
            }
            tokenHash = seed
            inToken = false
        }
        for index in 0..<scalars.count {
            switch kinds[index] {
            case .word:
                tokenHash = Self.step(tokenHash, scalars[index])
                inToken = true
            case .symbol:
                endToken()
                tokenHash = Self.step(tokenHash, scalars[index])
                inToken = true
                endToken()
            case .separator, .space:
                endToken()
            }
        }
        endToken()
    }

    /// Character n-grams inside whitespace-separated chunks padded with a space on both sides, as scikit-learn's
    /// `char_wb`: grams of a word's start and end are told apart from grams inside it.
    @inline(__always)
    private func addCharGrams(_ scalars: UnsafeBufferPointer<UInt32>, _ kinds: UnsafeBufferPointer<ScalarKind>,
                              minN: Int, maxN: Int, seed: UInt64, to table: inout FeatureAccumulator) {
        var index = 0
        while index < scalars.count {
            if kinds[index] == .space { index += 1; continue }
            var end = index
            while end < scalars.count, kinds[end] != .space { end += 1 }
            // Padded chunk positions run from -1 (space) to end - index (space).
            let paddedCount = end - index + 2
            for start in 0..<paddedCount {
                var hash = seed
                let longest = min(maxN, paddedCount - start)
                for length in 1...longest {
                    let position = start + length - 1
                    let value: UInt32 = position == 0 || position == paddedCount - 1 ? 32 : scalars[index + position - 1]
                    hash = Self.step(hash, value)
                    if length >= minN { add(Self.mix(hash ^ UInt64(length)), to: &table) }
                }
            }
            index = end
        }
    }

    @inline(__always)
    private func add(_ hash: UInt64, to table: inout FeatureAccumulator) {
        let bucket = Int32(truncatingIfNeeded: hash & UInt64(dimension - 1))
        table.add(bucket: bucket, value: hash >> 63 == 0 ? 1 : -1)
    }

    // MARK: - Hashing

    static let wordSeed: UInt64 = 0xCBF2_9CE4_8422_2325
    static let charSeed: UInt64 = 0x84222325_CBF29CE4
    static let stemSeed: UInt64 = 0x9E37_79B9_CBF2_9CE4
    static let rawCharSeed: UInt64 = 0xD6E8_FEB8_84222325
    static let rawWordSeed: UInt64 = 0x7F4A_7C15_D6E8_FEB8

    /// The lowercase form of a scalar (its first scalar when lowercasing expands), cheaply for ASCII.
    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 { return value &- 0x41 < 26 ? value | 0x20 : value }
        guard scalar.properties.changesWhenLowercased else { return value }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }

    /// One FNV-1a step over a whole Unicode scalar.
    @inline(__always)
    static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    /// A short multiply-xorshift finaliser: FNV alone leaves the low bits (the bucket) poorly mixed for short
    /// grams, and a full SplitMix64 finaliser costs a tenth of scoring time for no measurable gain.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        let z = (value ^ (value >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return z ^ (z >> 32)
    }

    enum ScalarKind: UInt8 { case word, symbol, separator, space }

    /// Kinds of the first 0x3000 scalars (Latin, Greek, Cyrillic, punctuation, arrows, box drawing) are looked
    /// up once: Unicode property queries dominate scoring time for texts with many non-ASCII characters.
    static let kindTable: [ScalarKind] = (0..<0x3000).map { classify(Unicode.Scalar(UInt32($0)) ?? " ") }

    @inline(__always)
    static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
        scalar.value < 0x3000 ? kindTable[Int(scalar.value)] : classify(scalar)
    }

    static func classify(_ scalar: Unicode.Scalar) -> ScalarKind {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return .word
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return .space
            default: return .separator
            }
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
            return .word
        }
        switch properties.generalCategory {
        case .otherSymbol, .mathSymbol, .currencySymbol: return .symbol
        default: return .separator
        }
    }
}
