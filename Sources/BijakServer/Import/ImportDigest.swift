import Crypto
import Foundation

/// SHA-256 helpers for stored texts, id-less posts and the quality sample.
enum ImportDigest {
    /// Lowercase hex SHA-256 of the UTF-8 of `text`.
    static func hex(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// Lowercase hex of `bytes`.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        Hex.lowercase(bytes)
    }

    /// A number in 0..<1 drawn from the digest of `key`: the same key always draws the same number, so a re-run
    /// samples the same posts.
    static func unitInterval(_ key: String) -> Double {
        let digest = Array(SHA256.hash(data: Data(key.utf8)))
        var value: UInt64 = 0
        for byte in digest.prefix(8) { value = value << 8 | UInt64(byte) }
        return Double(value >> 11) / Double(UInt64(1) << 53)
    }
}
