import BijakCore
import Fluent
import Vapor

/// One review item (`/pengawasan/antrian/:id`): the post with the engine's verdict, the account and its owner, and
/// the reviewer's actions (claim, confirm, dismiss, escalate).
enum ReviewItemController {
    struct Page: Encodable {
        let id: String
        let unit: String
        let reason: String
        let status: String
        let statusCode: String
        let platform: String
        let handle: String
        let accountKind: String
        let owner: String
        let url: String
        let postedAt: String
        let capturedAt: String
        let sha256: String
        let engineDecision: String
        let result: VerdictView?
        let plainText: String
        let flaggedRules: [String]
        let claimedBy: String
        let claimedAt: String
        let decidedBy: String
        let decidedAt: String
        let decisionNote: String
        let confirmedRules: String
        let canClaim: Bool
        let canDecide: Bool
        let canEscalate: Bool
        let canOpenCase: Bool
        let caseLink: String
    }

    static func show(_ request: Request) async throws -> View {
        let (reviewer, scope, item) = try await itemInScope(request)
        let strings = UIStrings.table(request.language)
        let post = item.post
        let account = post.account
        let flags = try await PostFlag.query(on: request.db).filter(\.$post.$id == post.requireID()).all()
        let owner = try await account.$owner.get(on: request.db)
        let people = try await User.query(on: request.db)
            .filter(\.$id ~~ [item.claimedBy, item.decidedBy].compactMap { $0 }).all()
        func name(_ id: UUID?) -> String { people.first { $0.id == id }?.name ?? "" }
        let verdict = item.post.verdictJSON.flatMap { try? JSONDecoder().decode(Verdict.self, from: Data($0.utf8)) }
        let ownPost = account.$owner.id == reviewer.id
        let holdsClaim = item.status == .claimed && item.claimedBy == reviewer.id
        let unheld = ReviewTransitions.waiting.contains(item.status.rawValue)
        let staleClaim = item.status == .claimed
            && (item.claimedAt ?? .distantPast) < Date().addingTimeInterval(-ReviewTransitions.staleClaimAfter)
        let existingCase = try await EthicsCase.query(on: request.db).filter(\.$reviewItemID == item.id).first()
        let page = Page(
            id: try item.requireID().uuidString, unit: scope.unit(item.unitID)?.name ?? "",
            reason: strings["review_reason_\(item.reason.rawValue)"] ?? "",
            status: strings["review_status_\(item.status.rawValue)"] ?? "", statusCode: item.status.rawValue,
            platform: account.platform.rawValue, handle: account.handle,
            accountKind: strings["account_kind_\(account.kind.rawValue)"] ?? account.kind.rawValue,
            owner: owner.map { "\($0.name) (\(visibleNIP($0.nip, for: reviewer)))" } ?? "",
            url: post.url ?? "", postedAt: DateText.format(post.postedAt), capturedAt: DateText.format(post.capturedAt),
            sha256: post.sha256, engineDecision: strings["decision_\(post.decision)"] ?? post.decision,
            result: verdict.map { VerdictView(verdict: $0, post: Post(text: post.text), strings: strings) },
            plainText: post.text, flaggedRules: flags.map(\.ruleID).sorted(),
            claimedBy: name(item.claimedBy), claimedAt: DateText.format(item.claimedAt),
            decidedBy: name(item.decidedBy), decidedAt: DateText.format(item.decidedAt),
            decisionNote: item.decisionNote ?? "", confirmedRules: item.confirmedRules ?? "",
            canClaim: !ownPost && (unheld || (staleClaim && !holdsClaim)),
            canDecide: !ownPost && (unheld || holdsClaim),
            canEscalate: !ownPost && (unheld || holdsClaim) && scope.unit(item.unitID)?.$parent.id != nil,
            canOpenCase: item.status == .confirmed && existingCase == nil && reviewer.role == .patnal,
            caseLink: existingCase?.id.map { "/kasus/\($0)" } ?? "")
        return try await PageRenderer.render("review-item", titleKey: "review_item_title", page: page, on: request)
    }

    struct DecisionForm: Content {
        var rules: [String]?
        var extra_rules: String?
        var note: String?
    }

    static func claim(_ request: Request) async throws -> Response {
        let (reviewer, _, item) = try await itemInScope(request, acting: true)
        try await ReviewTransitions.claim(item, by: reviewer, on: request.db)
        return request.redirect(to: "/pengawasan/antrian/\(try item.requireID())", redirectType: .normal)
    }

    static func confirm(_ request: Request) async throws -> Response {
        let (reviewer, _, item) = try await itemInScope(request, acting: true)
        let form = try request.content.decode(DecisionForm.self)
        let rules = try ruleIDs(form, rulebook: request.bijak.engine.rulebook)
        let note = try optionalNote(form.note)
        try await ReviewTransitions.decide(item, .confirm(rules: rules, note: note), by: reviewer, on: request.db)
        return request.redirect(to: "/pengawasan/antrian/\(try item.requireID())", redirectType: .normal)
    }

    static func dismiss(_ request: Request) async throws -> Response {
        let (reviewer, _, item) = try await itemInScope(request, acting: true)
        let form = try request.content.decode(DecisionForm.self)
        guard let reason = try optionalNote(form.note) else { throw AppError.invalidField("note") }
        try await ReviewTransitions.decide(item, .dismiss(reason: reason), by: reviewer, on: request.db)
        return request.redirect(to: "/pengawasan/antrian", redirectType: .normal)
    }

    static func escalate(_ request: Request) async throws -> Response {
        let (reviewer, _, item) = try await itemInScope(request, acting: true)
        let form = try request.content.decode(DecisionForm.self)
        guard let note = try optionalNote(form.note) else { throw AppError.invalidField("note") }
        guard let unit = try await Unit.find(item.unitID, on: request.db), let parent = unit.$parent.id else {
            throw AppError.invalidField("unit")
        }
        try await ReviewTransitions.decide(item, .escalate(toUnit: parent, note: note), by: reviewer, on: request.db)
        return request.redirect(to: "/pengawasan/antrian", redirectType: .normal)
    }

    /// The reviewer, their scope and the item in the path, refused unless the item's unit is in scope; when
    /// `acting`, also refused when the post is the reviewer's own (nobody decides about themselves).
    static func itemInScope(_ request: Request, acting: Bool = false) async throws -> (User, UnitScope, ReviewItem) {
        let reviewer = try request.requireRole(ReviewQueueController.reviewers)
        let scope = try await UnitScope.of(reviewer, on: request.db)
        guard let id = request.parameters.get("id", as: UUID.self),
              let item = try await ReviewItem.query(on: request.db).filter(\.$id == id)
                .with(\.$post, { $0.with(\.$account) }).first() else { throw AppError.notFound }
        try scope.require(item.unitID)
        if acting, item.post.account.$owner.id == reviewer.id { throw AppError.forbidden }
        return (reviewer, scope, item)
    }

    /// Patnal reads NIPs to identify staff; others see them masked.
    static func visibleNIP(_ nip: String, for viewer: User) -> String {
        viewer.role == .patnal ? nip : PersonalDataMask.maskNIP(nip)
    }

    /// The confirmed rules: ticked boxes plus ids typed in, each a rule of the rulebook, at least one.
    private static func ruleIDs(_ form: DecisionForm, rulebook: Rulebook) throws -> [String] {
        let typed = (form.extra_rules ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        let all = Set((form.rules ?? []).map { $0.uppercased() } + typed).filter { !$0.isEmpty }
        guard !all.isEmpty, all.count <= 50, all.allSatisfy({ rulebook.rule($0) != nil }) else {
            throw AppError.invalidField("rules")
        }
        return all.sorted()
    }

    /// A note of at most 2,000 characters, without control or bidirectional-override characters.
    static func optionalNote(_ value: String?) throws -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        guard let text = FormField.text(value, maxLength: 2_000), SafeText.isClean(text) else {
            throw AppError.invalidField("note")
        }
        return text
    }
}
