import Crypto
import Foundation

/// The evidence snapshot of a case and its SHA-256.
///
/// The hash covers a canonical form of every snapshot field (text, URL, platform, handle, publication and capture
/// time), so a change to any of them is caught, not only to the text.
enum CaseEvidence {
    struct Snapshot: Sendable {
        let text: String
        let url: String?
        let platform: String
        let handle: String
        let postedAt: Date?
        let capturedAt: Date
    }

    /// One field per line, `name=value`, times as milliseconds since 1970 (exact on every database), the text
    /// last because it may itself contain line breaks.
    static func canonical(of snapshot: Snapshot) -> String {
        func millis(_ date: Date?) -> String {
            date.map { String(Int64(($0.timeIntervalSince1970 * 1000).rounded())) } ?? ""
        }
        return ["platform=\(snapshot.platform)", "handle=\(snapshot.handle)", "url=\(snapshot.url ?? "")",
                "posted_at=\(millis(snapshot.postedAt))", "captured_at=\(millis(snapshot.capturedAt))",
                "text=\(snapshot.text)"].joined(separator: "\n")
    }

    /// Hex SHA-256 of the canonical form.
    static func digest(_ snapshot: Snapshot) -> String {
        Hex.lowercase(SHA256.hash(data: Data(canonical(of: snapshot).utf8)))
    }

    /// The snapshot a case holds.
    static func snapshot(of ethicsCase: EthicsCase) -> Snapshot {
        Snapshot(text: ethicsCase.evidenceText, url: ethicsCase.evidenceURL, platform: ethicsCase.evidencePlatform,
                 handle: ethicsCase.evidenceHandle, postedAt: ethicsCase.evidencePostedAt,
                 capturedAt: ethicsCase.evidenceCapturedAt)
    }

    /// Whether the stored snapshot still gives the stored hash.
    static func holds(_ ethicsCase: EthicsCase) -> Bool {
        digest(snapshot(of: ethicsCase)) == ethicsCase.evidenceSHA256
    }
}
