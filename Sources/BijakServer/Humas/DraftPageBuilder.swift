import BijakCore
import Fluent
import Foundation
import Vapor

/// The draft page: the current version with its verdict, every version, the history, and the forms of the steps
/// the reader may take now.
enum DraftPageBuilder {
    struct VersionRow: Encodable {
        let number: Int
        let date: String
        let decision: String
        let decisionLabel: String
        let excerpt: String
        let justification: String
    }

    struct EventRow: Encodable {
        let date: String
        let actor: String
        let step: String
        let status: String
        let comment: String
        let suggestion: String
    }

    struct Page: Encodable {
        let id: String
        let formAction: String
        let status: String
        let statusLabel: String
        let account: String
        let author: String
        let version: Int
        let planned: String
        let published: String
        let publishedURL: String
        let form: DraftForm.Values
        let accounts: [HumasQueries.Option]
        let result: VerdictView?
        let checkedOnly: Bool
        let canEdit: Bool
        let canSubmit: Bool
        let needsJustification: Bool
        let canDecide: Bool
        let isOwnSubmitted: Bool
        let canSchedule: Bool
        let canPublish: Bool
        let versions: [VersionRow]
        let events: [EventRow]
    }

    /// Renders `draft`; `edited` holds unsaved editor values and their check ("Periksa" on an existing draft).
    static func render(_ draft: HumasDraft, for user: User, scope: UnitScope,
                       edited: (DraftForm.Values, VerdictView)?, on request: Request) async throws -> View {
        let strings = UIStrings.table(request.language)
        let draftID = try draft.requireID()
        let zone = scope.unit(draft.unitID)?.timeZone ?? .wib
        let versions = try await HumasDraftVersion.query(on: request.db).filter(\.$draft.$id == draftID)
            .sort(\.$number, .descending).all()
        let events = try await HumasDraftEvent.query(on: request.db).filter(\.$draft.$id == draftID)
            .sort(\.$at).all()
        let account = try await SocialAccount.find(draft.$account.id, on: request.db)
        let current = versions.first
        let savedValues = current.map { values(of: $0, zone: zone) } ?? DraftForm.Values()
        let savedResult = current.flatMap { verdictView(of: $0, strings: strings) }
        func may(_ transition: DraftTransition) -> Bool {
            transition.from.contains(draft.status) && HumasAccess.may(user, transition, draft: draft, scope: scope)
        }
        let page = Page(
            id: draftID.uuidString, formAction: "/humas/draf/\(draftID)", status: draft.status.rawValue,
            statusLabel: strings["status_\(draft.status.rawValue)"] ?? draft.status.rawValue,
            account: account.map { HumasQueries.label($0, scope: scope) } ?? "", author: draft.authorName,
            version: draft.currentVersion, planned: LocalTime.text(draft.plannedAt, zone: zone),
            published: LocalTime.text(draft.publishedAt, zone: zone), publishedURL: draft.publishedURL ?? "",
            form: edited?.0 ?? savedValues,
            accounts: try await HumasQueries.accountOptions(in: scope, on: request.db),
            result: edited?.1 ?? savedResult, checkedOnly: edited != nil,
            canEdit: may(.revise), canSubmit: may(.submit),
            needsJustification: draft.decision == Decision.block.rawValue,
            canDecide: may(.approve),
            isOwnSubmitted: draft.status == .submitted && user.id == draft.authorID,
            canSchedule: may(.schedule), canPublish: may(.publish),
            versions: versions.map { version in
                VersionRow(number: version.number, date: DateText.format(version.createdAt),
                           decision: version.decision,
                           decisionLabel: strings["decision_\(version.decision)"] ?? version.decision,
                           excerpt: HumasDraftController.excerpt(version.text),
                           justification: version.justification ?? "")
            },
            events: events.map { event in
                EventRow(date: DateText.format(event.at), actor: event.actorName,
                         step: strings["step_\(event.action)"] ?? event.action,
                         status: strings["status_\(event.toStatus)"] ?? event.toStatus,
                         comment: event.comment ?? "", suggestion: event.suggestedText ?? "")
            })
        return try await PageRenderer.render("humas-draft", titleKey: "humas_drafts", page: page, on: request)
    }

    /// The editor's values for a saved version.
    static func values(of version: HumasDraftVersion, zone: IndonesianTimeZone) -> DraftForm.Values {
        let media = DraftContent.media(fromJSON: version.mediaJSON)
        var values = DraftForm.Values()
        values.account = version.accountID.uuidString
        values.text = version.text
        values.media = (0..<DraftForm.mediaSlots).map { index in
            DraftForm.MediaSlot(number: index + 1, caption: index < media.count ? media[index].caption ?? "" : "",
                                alt: index < media.count ? media[index].altText ?? "" : "")
        }
        values.planned = LocalTime.field(version.plannedAt, zone: zone)
        return values
    }

    /// The stored verdict of a version, shown with the version's own text highlighted.
    static func verdictView(of version: HumasDraftVersion, strings: [String: String]) -> VerdictView? {
        guard let verdict = try? JSONDecoder().decode(Verdict.self, from: Data(version.verdictJSON.utf8)) else {
            return nil
        }
        let post = Post(text: version.text, media: DraftContent.media(fromJSON: version.mediaJSON))
        return VerdictView(verdict: verdict, post: post, strings: strings)
    }
}
