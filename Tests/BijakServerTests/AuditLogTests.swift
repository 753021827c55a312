@testable import BijakServer
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

/// The hash-chained audit log: appends chain, concurrent appends never fork, the table refuses edits, and
/// `verify` names the first entry that was tampered with.
@Suite struct AuditLogTests {
    private func appendSome(_ count: Int, on database: any Database) async throws {
        for index in 1...count {
            try await AuditLog.record("test.step", subjectType: "thing", subjectID: "t\(index)", actor: nil,
                                      unitID: nil, details: ["n": String(index), "why": "uji / test"], on: database)
        }
    }

    @Test(arguments: TestDatabase.available)
    func appendedEntriesChainAndVerify(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            #expect(try await AuditLog.verify(on: app.db) == AuditVerification(checkedEntries: 0, firstBroken: nil))
            try await appendSome(5, on: app.db)
            let entries = try await AuditEntry.query(on: app.db).sort(\.$seq).all()
            #expect(entries.map(\.seq) == [1, 2, 3, 4, 5])
            #expect(entries[0].previousHash == AuditChain.genesis)
            #expect(entries[3].previousHash == entries[2].hash)
            #expect(entries[0].details == #"{"n":"1","why":"uji / test"}"#)
            let result = try await AuditLog.verify(on: app.db, pageSize: 2)
            #expect(result.isIntact && result.checkedEntries == 5)
        }
    }

    @Test(arguments: TestDatabase.available)
    func concurrentAppendsNeverFork(database: TestDatabase) async throws {
        // SQLite's blocking calls share the test process's small thread pool with every other test running at once,
        // and each lost race costs a retry, so fewer writers race there (SQLite serialises writers anyway); on
        // PostgreSQL, where writers really run side by side, more.
        let writers = database == .sqlite ? 4 : 8
        try await TestApp.with(database) { app, _ in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<writers {
                    group.addTask {
                        try await AuditLog.record("test.race", subjectType: "thing", subjectID: "r\(index)",
                                                  actor: nil, unitID: nil, on: app.db)
                    }
                }
                try await group.waitForAll()
            }
            let seqs = try await AuditEntry.query(on: app.db).sort(\.$seq).all().map(\.seq)
            #expect(seqs == (1...writers).map(Int64.init))
            #expect(try await AuditLog.verify(on: app.db).isIntact)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theTableRefusesUpdatesAndDeletes(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            try await appendSome(2, on: app.db)
            let sql = try #require(app.db as? any SQLDatabase)
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE audit_entries SET action = 'x' WHERE seq = 1").run()
            }
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM audit_entries WHERE seq = 2").run()
            }
            #expect(try await AuditLog.verify(on: app.db).checkedEntries == 2)
        }
    }

    /// Someone with database rights drops the guard and edits one row: `verify` names that row.
    @Test(arguments: TestDatabase.available)
    func tamperingWithOneRowIsDetected(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            try await appendSome(6, on: app.db)
            let sql = try #require(app.db as? any SQLDatabase)
            try await dropGuards(sql, database: database)
            try await sql.raw("UPDATE audit_entries SET details = '{\"n\":\"forty\"}' WHERE seq = 4").run()
            let edited = try await AuditLog.verify(on: app.db)
            #expect(edited.firstBroken == .init(seq: 4, problem: .contentChanged))
            #expect(edited.checkedEntries == 3)

            // Recomputing the edited row's hash only moves the break to the next row.
            let row = try #require(try await AuditEntry.query(on: app.db).filter(\.$seq == 4).first())
            try await sql.raw("UPDATE audit_entries SET hash = \(bind: AuditChain.expectedHash(of: row)) WHERE seq = 4").run()
            #expect(try await AuditLog.verify(on: app.db).firstBroken == .init(seq: 5, problem: .brokenLink))

            try await sql.raw("DELETE FROM audit_entries WHERE seq = 2").run()
            #expect(try await AuditLog.verify(on: app.db).firstBroken == .init(seq: 3, problem: .missingEntries(expected: 2)))
        }
    }

    @Test func theCommandLineEntryPointReadsTheConfiguredDatabase() async throws {
        try await TestApp.with(.sqlite) { app, store in
            try await appendSome(3, on: app.db)
            let result = try await AuditTool.verify(configuration: TestApp.configuration(store))
            #expect(result == AuditVerification(checkedEntries: 3, firstBroken: nil))
        }
    }

    private func dropGuards(_ sql: any SQLDatabase, database: TestDatabase) async throws {
        switch database {
        case .sqlite:
            try await sql.raw("DROP TRIGGER audit_entries_no_update").run()
            try await sql.raw("DROP TRIGGER audit_entries_no_delete").run()
        case .postgres:
            try await sql.raw("DROP TRIGGER audit_entries_append_only ON audit_entries").run()
        }
    }
}
