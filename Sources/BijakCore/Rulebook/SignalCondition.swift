/// A requirement on one signal: present with at least a minimum score.
///
/// Rule files write it compactly as a string, `"hostility"` or `"hatespeech.HS>=0.6"`, or as an object
/// `{"signal": "hostility", "min": 0.5}`.
public struct SignalCondition: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The signal's name, such as `state_entity` or `target.DJPAS-1`.
    public var signal: String
    /// The lowest score at which the signal counts.
    public var minScore: Double

    /// Creates a condition.
    public init(signal: String, minScore: Double = 0.0) {
        self.signal = signal
        self.minScore = minScore
    }

    /// Parses the compact form `name` or `name>=0.6`.
    public init?(compact: String) {
        let parts = compact.split(separator: ">=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = parts[0].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "._-:".contains($0) }) else { return nil }
        var minimum = 0.0
        if parts.count == 2 {
            guard let value = Double(parts[1].trimmingCharacters(in: .whitespaces)), (0...1).contains(value) else {
                return nil
            }
            minimum = value
        }
        self.init(signal: name, minScore: minimum)
    }

    private enum CodingKeys: String, CodingKey { case signal, min }

    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            guard let parsed = SignalCondition(compact: text) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath,
                    debugDescription: "invalid signal condition \"\(text)\": expected NAME or NAME>=SCORE with SCORE in 0...1"))
            }
            self = parsed
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        signal = try container.decode(String.self, forKey: .signal)
        minScore = try container.decodeIfPresent(Double.self, forKey: .min) ?? 0
        guard (0...1).contains(minScore) else {
            throw DecodingError.dataCorruptedError(forKey: .min, in: container, debugDescription: "min must be in 0...1")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The compact form.
    public var description: String {
        minScore > 0 ? "\(signal)>=\(minScore)" : signal
    }
}

import Foundation
