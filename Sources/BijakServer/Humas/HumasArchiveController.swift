import Fluent
import Foundation
import Vapor

/// "Arsip": search the published posts of the scope's institutional accounts and export them as CSV or JSON.
enum HumasArchiveController {
    struct Query: Content {
        var q: String?
        var akun: String?
        var dari: String?
        var sampai: String?
        var format: String?
    }

    struct Page: Encodable {
        let intro: String
        let q: String
        let akun: String
        let dari: String
        let sampai: String
        let accounts: [HumasQueries.Option]
        let rows: [HumasArchive.Row]
        let exportQuery: String
    }

    /// GET /humas/arsip: the search page, or the matching rows as CSV or JSON (`format`).
    static func show(_ request: Request) async throws -> Response {
        let user = try request.requireRole(HumasAccess.readers)
        let scope = try await UnitScope.of(user, on: request.db)
        let query = (try? request.query.decode(Query.self)) ?? Query()
        let zone = scope.unit(scope.rootID)?.timeZone ?? .wib
        var search = HumasArchive.Search()
        search.text = try DraftForm.optional(query.q, name: "q", maxLength: 200)
        if let akun = query.akun, !akun.isEmpty { search.accountID = try FormField.uuid(akun, name: "akun") }
        let calendar = LocalTime.calendar(zone)
        search.from = try day(query.dari, name: "dari", zone: zone)
        search.until = try day(query.sampai, name: "sampai", zone: zone).flatMap { calendar.date(byAdding: .day, value: 1, to: $0) }
        let rows = HumasArchive.rows(try await HumasArchive.find(search, scope: scope, on: request.db), scope: scope)
        switch query.format {
        case "csv":
            return download(HumasArchive.csv(rows), type: "text/csv; charset=utf-8", name: "arsip-humas.csv")
        case "json":
            return download(String(decoding: try CheckService.encodeJSON(rows), as: UTF8.self),
                            type: "application/json; charset=utf-8", name: "arsip-humas.json")
        case nil, "", "html":
            break
        default:
            throw AppError.invalidField("format")
        }
        let strings = UIStrings.table(request.language)
        let days = request.bijak.configuration.humasTraining.archiveRetentionDays
        var components = URLComponents()
        components.queryItems = [("q", query.q), ("akun", query.akun), ("dari", query.dari), ("sampai", query.sampai)]
            .compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
        let page = Page(intro: (strings["archive_intro"] ?? "").replacingOccurrences(of: "%@", with: String(days)),
                        q: query.q ?? "", akun: query.akun ?? "", dari: query.dari ?? "", sampai: query.sampai ?? "",
                        accounts: try await HumasQueries.accountOptions(in: scope, on: request.db), rows: rows,
                        exportQuery: components.percentEncodedQuery ?? "")
        return try await PageRenderer.render("humas-archive", titleKey: "humas_archive", page: page, on: request)
            .encodeResponse(for: request)
    }

    /// A `yyyy-MM-dd` date's start in `zone`; empty is `nil`.
    private static func day(_ text: String?, name: String, zone: IndonesianTimeZone) throws -> Date? {
        guard let text, !text.isEmpty else { return nil }
        guard text.count == 10, let date = LocalTime.formatter("yyyy-MM-dd", zone: zone).date(from: text) else {
            throw AppError.invalidField(name)
        }
        return date
    }

    private static func download(_ body: String, type: String, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
