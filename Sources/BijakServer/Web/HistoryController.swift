import BijakCore
import Fluent
import Foundation
import Vapor

/// "Riwayat saya": a signed-in user's saved checks, visible to that user only.
enum HistoryController {
    struct Row: Encodable {
        let id: String
        let date: String
        let decision: String
        let decisionLabel: String
        let excerpt: String
    }

    struct ListPage: Encodable { let rows: [Row] }

    struct DetailPage: Encodable {
        let id: String
        let date: String
        let result: VerdictView
    }

    static func list(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        let strings = UIStrings.table(request.language)
        let rows = try await HistoryStore.list(userID: user.requireID(), on: request.db).map { entry in
            let post = try? JSONDecoder().decode(Post.self, from: Data(entry.postJSON.utf8))
            let text = post?.text ?? ""
            return Row(id: entry.id?.uuidString ?? "", date: DateText.format(entry.createdAt),
                       decision: entry.decision, decisionLabel: strings["decision_\(entry.decision)"] ?? entry.decision,
                       excerpt: text.count > 80 ? String(text.prefix(80)) + "…" : text)
        }
        return try await PageRenderer.render("history", titleKey: "history_title", page: ListPage(rows: rows), on: request)
    }

    static func show(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        guard let id = request.parameters.get("id", as: UUID.self),
              let entry = try await HistoryStore.find(id, userID: user.requireID(), on: request.db),
              let post = try? JSONDecoder().decode(Post.self, from: Data(entry.postJSON.utf8)),
              let verdict = try? JSONDecoder().decode(Verdict.self, from: Data(entry.verdictJSON.utf8)) else {
            throw AppError.notFound
        }
        let page = DetailPage(id: id.uuidString, date: DateText.format(entry.createdAt),
                              result: VerdictView(verdict: verdict, post: post, strings: UIStrings.table(request.language)))
        return try await PageRenderer.render("history-entry", titleKey: "history_title", page: page, on: request)
    }

    static func delete(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard let id = request.parameters.get("id", as: UUID.self),
              try await HistoryStore.delete(id, userID: user.requireID(), on: request.db) else {
            throw AppError.notFound
        }
        return request.redirect(to: "/riwayat", redirectType: .normal)
    }
}
