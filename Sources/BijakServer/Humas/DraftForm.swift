import BijakCore
import Fluent
import Foundation
import Vapor

/// The draft editor's form, and the steps' forms (which use a few of its fields).
struct DraftForm: Content {
    static let mediaSlots = 3
    static let maxTextLength = 5_000
    static let maxNoteLength = 2_000

    var account: String?
    var text: String?
    var caption1: String?
    var alt1: String?
    var caption2: String?
    var alt2: String?
    var caption3: String?
    var alt3: String?
    /// `datetime-local` in the unit's zone.
    var planned: String?
    /// `check` re-renders with the verdict; anything else saves.
    var intent: String?
    var justification: String?
    var comment: String?
    var suggestion: String?
    var url: String?
    var library: String?

    /// Decodes the request's form; a body that is no form (or not UTF-8) is refused.
    static func decode(_ request: Request) throws -> DraftForm {
        do {
            return try request.content.decode(DraftForm.self)
        } catch {
            throw AppError.invalidForm("text")
        }
    }

    var wantsCheckOnly: Bool { intent == "check" }

    /// One media slot as the editor shows it.
    struct MediaSlot: Encodable {
        let number: Int
        let caption: String
        let alt: String
    }

    /// The editor's values, to show again.
    struct Values: Encodable {
        var account = ""
        var text = ""
        var media: [MediaSlot] = (1...DraftForm.mediaSlots).map { MediaSlot(number: $0, caption: "", alt: "") }
        var planned = ""
    }

    var values: Values {
        let pairs = [(caption1, alt1), (caption2, alt2), (caption3, alt3)]
        return Values(account: account ?? "", text: text ?? "",
                      media: pairs.enumerated().map { MediaSlot(number: $0.offset + 1, caption: $0.element.0 ?? "",
                                                                alt: $0.element.1 ?? "") },
                      planned: planned ?? "")
    }

    /// The content the form describes, for an institutional account in `scope`.
    /// - Throws: ``AppError`` naming the first field that cannot be used.
    func content(scope: UnitScope, on database: any Database) async throws -> DraftContent {
        let accountID = try FormField.uuid(account, name: "account")
        guard let account = try await SocialAccount.find(accountID, on: database), account.kind == .institutional,
              scope.contains(account.$unit.id) else { throw AppError.invalidField("account") }
        guard let body = FormField.text(text, maxLength: Self.maxTextLength) else { throw AppError.invalidField("text") }
        var media: [MediaItem] = []
        for (caption, alt) in [(caption1, alt1), (caption2, alt2), (caption3, alt3)] {
            let captionText = try Self.optional(caption, name: "caption")
            let altText = try Self.optional(alt, name: "alt")
            if captionText != nil || altText != nil { media.append(MediaItem(caption: captionText, altText: altText)) }
        }
        let zone = scope.unit(account.$unit.id)?.timeZone ?? .wib
        return DraftContent(text: body, media: media, account: account,
                            plannedAt: try Self.time(planned, zone: zone, name: "planned"), zone: zone)
    }

    /// The inputs of a step after writing.
    func stepInput(zone: IndonesianTimeZone) throws -> DraftWorkflow.StepInput {
        var input = DraftWorkflow.StepInput()
        input.comment = try Self.optional(comment, name: "comment")
        input.suggestedText = try Self.optional(suggestion, name: "suggestion", maxLength: Self.maxTextLength)
        input.justification = try Self.optional(justification, name: "justification")
        input.plannedAt = try Self.time(planned, zone: zone, name: "planned")
        if let link = try Self.optional(url, name: "url", maxLength: 500) {
            guard link.hasPrefix("https://") || link.hasPrefix("http://"), URL(string: link) != nil else {
                throw AppError.invalidField("url")
            }
            input.publishedURL = link
        }
        input.inLibrary = library != nil
        return input
    }

    /// A trimmed value, `nil` when empty; too long is refused.
    static func optional(_ value: String?, name: String, maxLength: Int = maxNoteLength) throws -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= maxLength else { throw AppError.invalidField(name) }
        return trimmed
    }

    /// A `datetime-local` value read in `zone`; empty is `nil`, unreadable is refused.
    static func time(_ value: String?, zone: IndonesianTimeZone, name: String) throws -> Date? {
        guard let value, !value.isEmpty else { return nil }
        guard value.count <= 19, let date = CheckForm.parseLocalTime(value, zone: zone) else {
            throw AppError.invalidField(name)
        }
        return date
    }
}
