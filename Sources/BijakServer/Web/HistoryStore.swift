import BijakCore
import Fluent
import Foundation

/// Saved checks: the only place a draft is ever written, and only at its author's request.
/// Every query is filtered by the owner, so one user can never read or delete another's entries.
enum HistoryStore {
    static func save(post: Post, verdict: Verdict, userID: UUID, on database: any Database) async throws {
        let entry = SavedCheck(userID: userID,
                               postJSON: String(decoding: try CheckService.encodeJSON(post), as: UTF8.self),
                               verdictJSON: String(decoding: try CheckService.encodeJSON(verdict), as: UTF8.self),
                               decision: verdict.decision.rawValue)
        try await entry.create(on: database)
    }

    static func list(userID: UUID, on database: any Database) async throws -> [SavedCheck] {
        try await SavedCheck.query(on: database).filter(\.$user.$id == userID)
            .sort(\.$createdAt, .descending).limit(200).all()
    }

    static func find(_ id: UUID, userID: UUID, on database: any Database) async throws -> SavedCheck? {
        try await SavedCheck.query(on: database).filter(\.$id == id).filter(\.$user.$id == userID).first()
    }

    static func delete(_ id: UUID, userID: UUID, on database: any Database) async throws -> Bool {
        guard let entry = try await find(id, userID: userID, on: database) else { return false }
        try await entry.delete(on: database)
        return true
    }
}
