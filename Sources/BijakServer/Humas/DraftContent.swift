import BijakCore
import Foundation

/// What one version of a draft says and where it goes: text, media descriptions, account and planned time.
struct DraftContent: Sendable {
    let text: String
    let media: [MediaItem]
    let account: SocialAccount
    let plannedAt: Date?
    /// The unit's zone, in which the planned time was written and duty hours are judged.
    let zone: IndonesianTimeZone

    /// The post the engine checks: an institutional post, with its captions and alt texts and the planned time.
    var post: Post {
        var context = PostContext(platform: account.platform.rawValue, account: BijakCore.AccountKind.institutional)
        if let plannedAt {
            context.time = plannedAt
            context.utcOffsetSeconds = zone.utcOffsetSeconds
        }
        return Post(text: text, action: .post, media: media, context: context)
    }

    /// The media items as stored with a version.
    var mediaJSON: String {
        (try? CheckService.encodeJSON(media)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// Reads stored media items; an unreadable value yields none rather than failing the page.
    static func media(fromJSON json: String) -> [MediaItem] {
        (try? JSONDecoder().decode([MediaItem].self, from: Data(json.utf8))) ?? []
    }
}
