import Crypto
import Foundation

/// API tokens: `bjk_` and 43 characters of 256 random bits; only the SHA-256 digest is stored.
enum TokenDigest {
    static let prefix = "bjk_"

    /// A new token, shown to the admin once.
    static func newToken() -> String {
        prefix + [UInt8].random(count: 32).base64URLEncodedString()
    }

    /// The hex digest stored for `token`.
    static func digest(_ token: String) -> String {
        Hex.lowercase(SHA256.hash(data: Data(token.utf8)))
    }
}
