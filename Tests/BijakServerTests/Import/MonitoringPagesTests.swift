@testable import BijakServer
import BijakCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The monitoring pages: accounts, upload and job pages, dashboard; each within the user's units only.
@Suite struct MonitoringPagesTests {
    static func multipart(_ fields: [String: String], file: (name: String, content: String)?) -> (HTTPHeaders, ByteBuffer) {
        let boundary = "----bijak-uji-batas"
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\(file.content)\r\n"
        }
        body += "--\(boundary)--\r\n"
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return (headers, ByteBuffer(string: body))
    }

    static func upload(_ browser: inout Browser, account: UUID, file: String, name: String = "posts.jsonl",
                       csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = ["account": account.uuidString, "format": "auto"]
        if csrf { fields["csrf"] = browser.cookies["bijak_csrf"] }
        let (headers, body) = multipart(fields, file: (name, file))
        return try await browser.send(.POST, "/pengawasan/impor", headers: headers, body: body)
    }

    @Test(arguments: TestDatabase.available)
    func accountsAreRegisteredAndRemovedWithinScopeAndAudited(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            var adminA = Browser(app)
            try await adminA.signIn(fixture.adminA.nip, password: TestApp.password)
            let lapasA = try fixture.lapasA.requireID().uuidString
            #expect(try await adminA.post("/pengawasan/akun", form: [
                "platform": "x", "handle": "@Pegawai_Semarang", "kind": "personal", "unit": lapasA,
                "owner": try fixture.pegawaiA.requireID().uuidString]).status == .seeOther)
            let account = try #require(try await SocialAccount.query(on: app.db).first())
            #expect(account.handle == "pegawai_semarang" && account.$owner.id == fixture.pegawaiA.id)
            #expect(try await adminA.get("/pengawasan/akun").body.string.contains("@pegawai_semarang"))
            // Twice, another unit's owner, a unit out of scope, a bad handle: refused.
            #expect(try await adminA.post("/pengawasan/akun", form: [
                "platform": "x", "handle": "pegawai_semarang", "kind": "personal", "unit": lapasA]).status == .badRequest)
            #expect(try await adminA.post("/pengawasan/akun", form: [
                "platform": "x", "handle": "lain", "kind": "personal", "unit": lapasA,
                "owner": try fixture.pegawaiB.requireID().uuidString]).status == .unprocessableEntity)
            #expect(try await adminA.post("/pengawasan/akun", form: [
                "platform": "x", "handle": "lain", "kind": "personal",
                "unit": try fixture.rutanB.requireID().uuidString]).status == .forbidden)
            #expect(try await adminA.post("/pengawasan/akun", form: [
                "platform": "x", "handle": "a<b>\u{202E}", "kind": "personal", "unit": lapasA]).status == .unprocessableEntity)
            #expect(try await adminA.post("/pengawasan/akun", form: [
                "platform": "myspace", "handle": "a", "kind": "personal", "unit": lapasA]).status == .unprocessableEntity)

            // Patnal of Bali neither sees nor removes it; pegawai and humas have no monitoring pages at all.
            var patnalB = Browser(app)
            try await patnalB.signIn(fixture.patnalB.nip, password: TestApp.password)
            #expect(try await patnalB.get("/pengawasan/akun").body.string.contains("pegawai_semarang") == false)
            #expect(try await patnalB.post("/pengawasan/akun/\(account.id!)/hapus", form: [:]).status == .forbidden)
            for nip in [fixture.pegawaiA.nip, fixture.humasA.nip] {
                var other = Browser(app)
                try await other.signIn(nip, password: TestApp.password)
                for path in ["/pengawasan/akun", "/pengawasan/impor", "/pengawasan/dasbor", "/pengawasan/dasbor.csv"] {
                    #expect(try await other.get(path).status == .forbidden, "\(nip) \(path)")
                }
                #expect(try await other.post("/pengawasan/akun/\(account.id!)/hapus", form: [:]).status == .forbidden)
            }
            var anonymous = Browser(app)
            #expect(try await anonymous.get("/pengawasan/akun").status != .ok)

            #expect(try await adminA.post("/pengawasan/akun/\(account.id!)/hapus", form: [:], csrf: "").status == .forbidden)
            #expect(try await adminA.post("/pengawasan/akun/\(account.id!)/hapus", form: [:]).status == .seeOther)
            #expect(try await SocialAccount.query(on: app.db).count() == 0)
            let actions = try await AuditEntry.query(on: app.db).sort(\.$seq).all().map(\.action)
            #expect(actions == ["account.create", "account.delete"])
            #expect(try await AuditLog.verify(on: app.db).firstBroken == nil)
        }
    }

    @Test(arguments: TestDatabase.available)
    func uploadQueuesAJobThatAWorkerRunsAndTheJobPageFollows(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let account = try await ImportSamples.account("unggah", in: fixture.lapasA, on: app.db)
            var adminA = Browser(app)
            try await adminA.signIn(fixture.adminA.nip, password: TestApp.password)
            #expect(try await adminA.get("/pengawasan/impor").body.string.contains("x:@unggah"))
            // The form token is required on uploads too.
            #expect(try await Self.upload(&adminA, account: account.id!, file: ImportSamples.jsonl(count: 3),
                                          csrf: false).status == .forbidden)
            let response = try await Self.upload(&adminA, account: account.id!, file: ImportSamples.jsonl(count: 9))
            #expect(response.status == .seeOther)
            let location = try #require(response.headers.first(name: .location))
            let queued = try await adminA.get(location).body.string
            #expect(queued.contains("data-status=\"queued\"") && queued.contains("http-equiv=\"refresh\""))

            #expect(try await ImportWorker.runOnce(app, engine: TestApp.engine, instance: "uji"))
            #expect(try await ImportWorker.runOnce(app, engine: TestApp.engine, instance: "uji") == false)
            let done = try await adminA.get(location).body.string
            #expect(done.contains("data-status=\"done\"") && !done.contains("http-equiv=\"refresh\""))
            #expect(try await MonitoredPost.query(on: app.db).count() == 9)
            #expect(try await ImportPayload.query(on: app.db).count() == 0)
            #expect(try await AuditEntry.query(on: app.db).all().map(\.action).contains("import.queue"))

            // Another Kanwil's patnal sees neither the job nor may upload to the account.
            var patnalB = Browser(app)
            try await patnalB.signIn(fixture.patnalB.nip, password: TestApp.password)
            #expect(try await patnalB.get(location).status == .notFound)
            #expect(try await patnalB.get("/pengawasan/impor").body.string.contains("x:@unggah") == false)
            #expect(try await Self.upload(&patnalB, account: account.id!, file: ImportSamples.jsonl(count: 1)).status
                    == .forbidden)
            // Unknown formats and empty files are refused with a clear status, not queued.
            #expect(try await Self.upload(&adminA, account: account.id!, file: "\u{1}\u{2}", name: "x.bin").status
                    == .unprocessableEntity)
            #expect(try await Self.upload(&adminA, account: account.id!, file: "", name: "x.jsonl").status
                    == .unprocessableEntity)
            #expect(try await ImportJob.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func uploadsOverTheLimitAreRefused(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            app.importSettings = ImportSettings(maxUploadBytes: 100_000)
            let fixture = try await Fixture.seed(on: app)
            let account = try await ImportSamples.account("besar", in: fixture.lapasA, on: app.db)
            var adminA = Browser(app)
            try await adminA.signIn(fixture.adminA.nip, password: TestApp.password)
            // Above the general 64 KB form limit but within the upload limit: accepted.
            let medium = ImportSamples.jsonl(count: 800)
            #expect(medium.utf8.count > 65_536 && medium.utf8.count < 100_000)
            #expect(try await Self.upload(&adminA, account: account.id!, file: medium).status == .seeOther)
            let large = ImportSamples.jsonl(count: 1_500)
            #expect(try await Self.upload(&adminA, account: account.id!, file: large).status == .payloadTooLarge)
            // Other forms keep the general limit.
            #expect(try await adminA.post("/pengawasan/akun", form: ["handle": String(repeating: "a", count: 70_000)])
                .status == .payloadTooLarge)
        }
    }
}
