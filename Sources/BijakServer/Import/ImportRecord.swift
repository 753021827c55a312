import BijakCore
import Foundation

/// One public post read from an export, before it is screened and stored.
public struct ImportRecord: Sendable, Equatable {
    /// The platform's id; `nil` when the export has none (a digest of time and text is used instead).
    public var postID: String?
    /// The post's own words, cleaned by ``ImportText/clean(_:)``.
    public var text: String
    /// When the platform says it was published.
    public var postedAt: Date?
    public var url: String?
    public var action: PostAction

    public init(postID: String?, text: String, postedAt: Date? = nil, url: String? = nil, action: PostAction = .post) {
        self.postID = postID
        self.text = text
        self.postedAt = postedAt
        self.url = url
        self.action = action
    }

    /// The id stored as `platform_post_id`: the platform's, or `h:` and a digest of time and text, so that the same
    /// id-less post imported twice is still recognised.
    var storedID: String {
        if let postID, !postID.isEmpty { return postID }
        let time = postedAt.map { String(Int64($0.timeIntervalSince1970)) } ?? "-"
        return "h:" + ImportDigest.hex(time + "\n" + text).prefix(32)
    }
}

/// A record that could not be imported, reported and skipped.
public struct ImportIssue: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line (JSONL, CSV) or element (JSON exports) of the record.
    public var position: Int
    /// What is wrong, "Indonesian / English".
    public var message: String

    public var description: String { "#\(position): \(message)" }
}

/// What a parser hands out: a post, or a record it had to skip.
public enum ImportItem: Sendable, Equatable {
    case record(ImportRecord)
    case issue(ImportIssue)
}
