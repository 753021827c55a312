/// What the user is about to do on social media.
public enum PostAction: String, Codable, CaseIterable, Sendable {
    /// Publishing one's own content.
    case post
    /// Sharing someone else's content (with or without own words).
    case share
    /// Liking, loving or otherwise reacting to content.
    case like
    /// Commenting on or replying to content.
    case comment
    /// Retweeting or reposting content.
    case repost
    /// Broadcasting live.
    case live

    /// Actions that spread or endorse a target post rather than publish only one's own words.
    public var endorsesTarget: Bool {
        switch self {
        case .share, .like, .comment, .repost: return true
        case .post, .live: return false
        }
    }

    /// Parses a user-supplied action name, accepting common Indonesian and platform synonyms.
    public init?(userInput: String) {
        let key = userInput.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let exact = PostAction(rawValue: key) { self = exact; return }
        switch key {
        case "unggah", "posting", "tweet", "status": self = .post
        case "bagikan", "bagi", "broadcast", "forward", "teruskan": self = .share
        case "suka", "love", "favorite", "react", "reaction", "dislike": self = .like
        case "komentar", "komen", "reply", "balas": self = .comment
        case "retweet", "rt", "ulang": self = .repost
        case "siaran", "siaran-langsung", "livestream", "stream": self = .live
        default: return nil
        }
    }
}

import Foundation
