import Vapor

/// `/pengawasan/umpan-balik.jsonl` and `.csv`: the labelled feedback of the reviewer's units
/// (``FeedbackExport``), optionally since a day (`?since=YYYY-MM-DD`).
enum FeedbackController {
    static func jsonl(_ request: Request) async throws -> Response {
        try await export(request, format: .jsonl, contentType: "application/x-ndjson; charset=utf-8")
    }

    static func csv(_ request: Request) async throws -> Response {
        try await export(request, format: .csv, contentType: "text/csv; charset=utf-8")
    }

    private static func export(_ request: Request, format: FeedbackExport.Format, contentType: String) async throws -> Response {
        let reviewer = try request.requireRole(ReviewQueueController.reviewers)
        let scope = try await UnitScope.of(reviewer, on: request.db)
        var since: Date?
        if let text = request.query[String.self, at: "since"], !text.isEmpty {
            guard let day = CaseActionController.parseDay(text) else { throw AppError.invalidField("since") }
            since = day
        }
        var body = format == .csv ? FeedbackExport.csvHeader + "\n" : ""
        try await FeedbackExport.records(since: since, unitIDs: scope.ids, on: request.db) { record in
            body += try FeedbackExport.line(record, format: format)
        }
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.replaceOrAdd(name: .contentType, value: contentType)
        response.headers.replaceOrAdd(name: .contentDisposition,
                                      value: "attachment; filename=\"bijak-umpan-balik.\(format.rawValue)\"")
        return response
    }
}
