import Crypto
import Foundation

/// How audit entries are hashed and chained.
enum AuditChain {
    /// The `prev_hash` of the first entry.
    static let genesis = String(repeating: "0", count: 64)

    /// The hex SHA-256 of an entry's content and its predecessor's hash.
    ///
    /// The fields are encoded as a JSON array of strings, so no choice of text in one field can imitate a boundary
    /// between two fields.
    static func hash(seq: Int64, atMilliseconds: Int64, actorID: UUID?, actorName: String, unitID: UUID?,
                     action: String, subjectType: String, subjectID: String, details: String,
                     previousHash: String) -> String {
        let fields = [String(seq), String(atMilliseconds), actorID?.uuidString ?? "", actorName,
                      unitID?.uuidString ?? "", action, subjectType, subjectID, details, previousHash]
        // Encoding an array of strings cannot fail.
        let data = (try? canonicalEncoder.encode(fields)) ?? Data()
        return Hex.lowercase(SHA256.hash(data: data))
    }

    /// The hash `entry` should carry, recomputed from its columns.
    static func expectedHash(of entry: AuditEntry) -> String {
        hash(seq: entry.seq, atMilliseconds: entry.atMilliseconds, actorID: entry.actorID, actorName: entry.actorName,
             unitID: entry.unitID, action: entry.action, subjectType: entry.subjectType, subjectID: entry.subjectID,
             details: entry.details, previousHash: entry.previousHash)
    }

    /// Details as a JSON object with sorted keys: the same dictionary always gives the same text.
    static func canonicalDetails(_ details: [String: String]) -> String {
        guard let data = try? canonicalEncoder.encode(details) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private static var canonicalEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
