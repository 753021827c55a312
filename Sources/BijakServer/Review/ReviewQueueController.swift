import Fluent
import Vapor

/// The review queue of Kepatuhan Internal (`/pengawasan/antrian`): undecided items of the reviewer's units, oldest
/// first, filtered by unit, reason and status.
enum ReviewQueueController {
    /// Who works the queue.
    static let reviewers = Role.overseers
    static let pageSize = 50

    struct Row: Encodable {
        let id: String
        let unit: String
        let reason: String
        let status: String
        let created: String
        let platform: String
        let handle: String
        let excerpt: String
    }

    struct Page: Encodable {
        let rows: [Row]
        let units: [AdminUnitController.Option]
        let reasons: [AdminUnitController.Option]
        let statuses: [AdminUnitController.Option]
        let unit: String
        let reason: String
        let status: String
        let previousLink: String
        let nextLink: String
    }

    static func list(_ request: Request) async throws -> View {
        let reviewer = try request.requireRole(reviewers)
        let scope = try await UnitScope.of(reviewer, on: request.db)
        let strings = UIStrings.table(request.language)
        let unitText = request.query[String.self, at: "unit"] ?? ""
        let reasonText = request.query[String.self, at: "reason"] ?? ""
        let statusText = request.query[String.self, at: "status"] ?? ""
        let pageText = request.query[String.self, at: "page"] ?? "1"
        guard let pageNumber = Int(pageText), (1...100_000).contains(pageNumber) else { throw AppError.invalidField("page") }

        let query = ReviewItem.query(on: request.db).filter(\.$unitID ~~ Array(scope.ids))
        if !unitText.isEmpty {
            let unitID = try FormField.uuid(unitText, name: "unit")
            try scope.require(unitID)
            query.filter(\.$unitID == unitID)
        }
        if !reasonText.isEmpty {
            guard let reason = ReviewReason(rawValue: reasonText) else { throw AppError.invalidField("reason") }
            query.filter(\.$reason == reason)
        }
        if !statusText.isEmpty {
            guard let status = ReviewStatus(rawValue: statusText) else { throw AppError.invalidField("status") }
            query.filter(\.$status == status)
        } else {
            query.filter(\.$status ~~ ReviewTransitions.undecided)
        }
        let offset = (pageNumber - 1) * pageSize
        // One row more than a page tells whether a next page exists.
        let items = try await query.sort(\.$createdAt).sort(\.$id).with(\.$post) { $0.with(\.$account) }
            .range(offset..<(offset + pageSize + 1)).all()

        let rows = items.prefix(pageSize).map { item in
            Row(id: item.id?.uuidString ?? "", unit: scope.unit(item.unitID)?.name ?? "",
                reason: strings["review_reason_\(item.reason.rawValue)"] ?? item.reason.rawValue,
                status: strings["review_status_\(item.status.rawValue)"] ?? item.status.rawValue,
                created: DateText.format(item.createdAt), platform: item.post.account.platform.rawValue,
                handle: item.post.account.handle, excerpt: PersonalDataMask.mask(String(item.post.text.prefix(140))))
        }
        func link(_ page: Int) -> String {
            var parts = ["page=\(page)"]
            if !unitText.isEmpty { parts.append("unit=\(unitText)") }
            if !reasonText.isEmpty { parts.append("reason=\(reasonText)") }
            if !statusText.isEmpty { parts.append("status=\(statusText)") }
            return "/pengawasan/antrian?" + parts.joined(separator: "&")
        }
        let page = Page(
            rows: Array(rows), units: AdminUnitController.unitOptions(scope),
            reasons: ReviewReason.allCases.map { .init(value: $0.rawValue, label: strings["review_reason_\($0.rawValue)"] ?? $0.rawValue) },
            statuses: ReviewStatus.allCases.map { .init(value: $0.rawValue, label: strings["review_status_\($0.rawValue)"] ?? $0.rawValue) },
            unit: unitText, reason: reasonText, status: statusText,
            previousLink: pageNumber > 1 ? link(pageNumber - 1) : "",
            nextLink: items.count > pageSize ? link(pageNumber + 1) : "")
        return try await PageRenderer.render("review-queue", titleKey: "review_queue_title", page: page, on: request)
    }
}
