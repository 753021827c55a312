import BijakCore
import Foundation
import Vapor

/// The check page's form, as posted, and the post it describes.
struct CheckForm: Content {
    var text: String?
    var action: String?
    var target: String?
    var live: String?
    var uniform: String?
    /// `datetime-local`, e.g. `2025-02-06T09:30`, read in `zone`.
    var time: String?
    var zone: String?
    var save: String?

    /// The form values to show again with the result (and defaults for a fresh page).
    struct Values: Encodable {
        var text = ""
        var action = PostAction.post.rawValue
        var target = ""
        var live = false
        var uniform = false
        var time = ""
        var zone = IndonesianTimeZone.wib.rawValue
        var save = false
    }

    var values: Values {
        Values(text: text ?? "", action: action ?? PostAction.post.rawValue, target: target ?? "",
               live: live != nil, uniform: uniform != nil, time: time ?? "",
               zone: zone ?? IndonesianTimeZone.wib.rawValue, save: save != nil)
    }

    /// The post to check.
    /// - Throws: ``AppError`` for an unknown action, time zone or time.
    func post() throws -> Post {
        let postAction = try action.map { name -> PostAction in
            guard let known = PostAction(rawValue: name) else { throw AppError.unknownAction }
            return known
        } ?? .post
        let timeZone = try zone.flatMap { $0.isEmpty ? nil : $0 }.map { name -> IndonesianTimeZone in
            guard let known = IndonesianTimeZone(rawValue: name) else { throw AppError.invalidField("zone") }
            return known
        } ?? .wib
        var context = PostContext(live: live != nil, uniform: uniform != nil)
        if let time, !time.isEmpty {
            guard let parsed = Self.parseLocalTime(time, zone: timeZone) else { throw AppError.invalidField("time") }
            context.time = parsed
            context.utcOffsetSeconds = timeZone.utcOffsetSeconds
        }
        let targetText = target.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        return Post(text: text ?? "", action: postAction, target: targetText.map { Post(text: $0) }, context: context)
    }

    /// Reads `yyyy-MM-ddTHH:mm` (what browsers send for `datetime-local`) as a time in `zone`.
    static func parseLocalTime(_ text: String, zone: IndonesianTimeZone) -> Date? {
        let withSeconds = text.count == 16 ? text + ":00" : text
        let hours = zone.utcOffsetSeconds / 3600
        return ISOTimestamp.parse(withSeconds + String(format: "+%02d:00", hours))?.date
    }
}
