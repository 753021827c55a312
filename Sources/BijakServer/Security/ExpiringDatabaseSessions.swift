import Fluent
import Foundation
import Vapor

/// Vapor sessions stored in the database with a hard expiry: every instance sees the same sessions, and a
/// session ends `lifetime` after it was created however active it is.
struct ExpiringDatabaseSessions: SessionDriver {
    let lifetime: TimeInterval

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        let key = Self.newKey()
        let entry = SessionEntry(key: key, data: data, expiresAt: Date().addingTimeInterval(lifetime))
        let db = request.db
        return request.eventLoop.makeFutureWithTask {
            // Expired sessions are removed when new ones start, so the table does not grow without bound.
            try await SessionEntry.query(on: db).filter(\.$expiresAt < Date()).delete()
            try await entry.create(on: db)
            return SessionID(string: key)
        }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        let db = request.db
        return request.eventLoop.makeFutureWithTask {
            guard let entry = try await SessionEntry.query(on: db).filter(\.$key == sessionID.string).first() else {
                return nil
            }
            guard entry.expiresAt > Date() else {
                try await entry.delete(on: db)
                return nil
            }
            return entry.data
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        let db = request.db
        return request.eventLoop.makeFutureWithTask {
            try await SessionEntry.query(on: db).filter(\.$key == sessionID.string).set(\.$data, to: data).update()
            return sessionID
        }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        let db = request.db
        return request.eventLoop.makeFutureWithTask {
            try await SessionEntry.query(on: db).filter(\.$key == sessionID.string).delete()
        }
    }

    private static func newKey() -> String {
        [UInt8].random(count: 32).base64URLEncodedString()
    }
}
