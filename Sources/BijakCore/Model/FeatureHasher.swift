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

    /// Creates a feature configuration.
    public init(bits: Int = 19, wordMaxN: Int = 2, charMinN: Int = 2, charMaxN: Int = 5,
                wordWeight: Float = 1, charWeight: Float = 1) {
        self.bits = bits
        self.wordMaxN = wordMaxN
        self.charMinN = charMinN
        self.charMaxN = charMaxN
        self.wordWeight = wordWeight
        self.charWeight = charWeight
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

    /// The text's features per group (word group first, then character group), each group as raw dampened
    /// signed counts, before inverse document frequency and length scaling.
    public func rawFeatures(of text: String) -> (word: [HashedFeature], char: [HashedFeature]) {
        let scalars = Array(text.unicodeScalars)
        return (wordFeatures(scalars), charFeatures(scalars))
    }

    /// The text's final feature vector: dampened counts times `idf`, each group scaled to unit length and
    /// multiplied by its group weight. Buckets may repeat once per group; a dot product does not mind.
    public func features(of text: String, idf: [Float]) -> [HashedFeature] {
        let (word, char) = rawFeatures(of: text)
        var result: [HashedFeature] = []
        result.reserveCapacity(word.count + char.count)
        Self.appendScaled(word, idf: idf, weight: config.wordWeight, to: &result)
        Self.appendScaled(char, idf: idf, weight: config.charWeight, to: &result)
        return result
    }

    static func appendScaled(_ group: [HashedFeature], idf: [Float], weight: Float,
                             to result: inout [HashedFeature]) {
        guard weight > 0, !group.isEmpty else { return }
        var squares: Float = 0
        let start = result.count
        for feature in group {
            let value = feature.value * idf[Int(feature.bucket)]
            squares += value * value
            result.append(HashedFeature(bucket: feature.bucket, value: value))
        }
        guard squares > 0 else { return }
        let scale = weight / squares.squareRoot()
        for index in start..<result.count { result[index].value *= scale }
    }

    // MARK: - Grams

    private func wordFeatures(_ scalars: [Unicode.Scalar]) -> [HashedFeature] {
        var accumulator = FeatureAccumulator(expected: scalars.count * config.wordMaxN / 2 + 4)
        var previous: [UInt64] = []
        var tokenHash: UInt64 = Self.wordSeed
        var inToken = false
        func endToken() {
            guard inToken else { return }
            previous.append(tokenHash)
            // n-grams ending at this token: combine the last n token hashes in order.
            var combined: UInt64 = 0
            for n in 1...min(config.wordMaxN, previous.count) {
                combined = Self.mix(combined &* 0x9E37_79B9_7F4A_7C15 ^ previous[previous.count - n] ^ UInt64(n))
                add(combined, to: &accumulator)
            }
            if previous.count >= config.wordMaxN { previous.removeFirst() }
            tokenHash = Self.wordSeed
            inToken = false
        }
        for scalar in scalars {
            switch Self.kind(of: scalar) {
            case .word:
                tokenHash = Self.step(tokenHash, scalar.value)
                inToken = true
            case .symbol:
                // Emoji and other symbols are words of their own: "😂" or "🔥" carry tone.
                endToken()
                tokenHash = Self.step(tokenHash, scalar.value)
                inToken = true
                endToken()
            case .separator, .space:
                endToken()
            }
        }
        endToken()
        return accumulator.features
    }

    private func charFeatures(_ scalars: [Unicode.Scalar]) -> [HashedFeature] {
        let span = config.charMaxN - config.charMinN + 1
        var accumulator = FeatureAccumulator(expected: (scalars.count + 2) * span)
        var chunk: [UInt32] = [32]
        func endChunk() {
            guard chunk.count > 1 else { return }
            chunk.append(32)
            for start in 0..<chunk.count {
                var hash = Self.charSeed
                for length in 1...config.charMaxN where start + length <= chunk.count {
                    hash = Self.step(hash, chunk[start + length - 1])
                    if length >= config.charMinN { add(Self.mix(hash ^ UInt64(length)), to: &accumulator) }
                }
            }
            chunk.removeAll(keepingCapacity: true)
            chunk.append(32)
        }
        for scalar in scalars {
            if Self.kind(of: scalar) == .space { endChunk() } else { chunk.append(scalar.value) }
        }
        endChunk()
        return accumulator.features
    }

    @inline(__always)
    private func add(_ hash: UInt64, to accumulator: inout FeatureAccumulator) {
        let bucket = Int32(truncatingIfNeeded: hash & UInt64(dimension - 1))
        accumulator.add(bucket: bucket, value: hash >> 63 == 0 ? 1 : -1)
    }

    // MARK: - Hashing

    static let wordSeed: UInt64 = 0xCBF2_9CE4_8422_2325
    static let charSeed: UInt64 = 0x84222325_CBF29CE4

    /// One FNV-1a step over a whole Unicode scalar.
    @inline(__always)
    static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    /// The SplitMix64 finaliser: FNV alone leaves the low bits (the bucket) poorly mixed for short grams.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    enum ScalarKind { case word, symbol, separator, space }

    @inline(__always)
    static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
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
