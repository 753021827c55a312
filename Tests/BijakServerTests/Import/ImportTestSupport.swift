@testable import BijakServer
import BijakCore
import Fluent
import Foundation
import Vapor

/// Posts the engine flags and posts it allows, and a way to import them without the web page.
enum ImportSamples {
    static let flagged = [
        "Pancasila cuma alat penguasa, sudah saatnya diganti khilafah!",
        "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini",
        "Ayo coblos nomor 2, pemimpin yang peduli ASN!",
        "Ini denah blok hunian dan jadwal regu jaga malam, CCTV blok C mati sejak kemarin",
    ]
    static let clean = [
        "Selamat Hari Raya Natal bagi umat Kristiani",
        "Apel pagi bersama seluruh petugas hari ini berjalan tertib",
        "Terima kasih kepada keluarga warga binaan yang mengikuti layanan kunjungan",
    ]

    /// JSONL lines `id`-numbered from `start`, cycling through flagged and clean texts.
    static func jsonl(count: Int, start: Int = 0, flaggedEvery: Int = 3) -> String {
        (start..<(start + count)).map { index in
            let text = index % flaggedEvery == 0 ? flagged[index % flagged.count] : clean[index % clean.count]
            let object: [String: Any] = ["id": "p\(index)", "text": text, "posted_at": "2024-03-0\(1 + index % 9)T08:00:00Z"]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    /// Registers an account of `unit`.
    static func account(_ handle: String, in unit: BijakServer.Unit, on db: any Database,
                        platform: SocialPlatform = .x) async throws -> SocialAccount {
        let account = SocialAccount(platform: platform, handle: handle, kind: .personal, unitID: try unit.requireID())
        try await account.create(on: db)
        return account
    }

    /// Imports `text` into `account` as a job claimed by `instance`, the way the worker does.
    @discardableResult
    static func run(_ text: String, format: ImportFormat = .jsonl, into account: SocialAccount, app: Application,
                    settings: ImportSettings = ImportSettings(samplePerMille: 0, batchSize: 4), jobID: UUID? = nil,
                    parser: (any ImportParser)? = nil) async throws -> (UUID, ImportProgress) {
        let id: UUID
        if let jobID {
            id = jobID
        } else {
            let job = ImportJob(accountID: try account.requireID(), unitID: account.$unit.id, format: format,
                                fileName: "uji.jsonl", fileDigest: "-", fileBytes: Int64(text.utf8.count),
                                origin: "cli", status: .running, createdBy: nil)
            job.claimedBy = "test"
            try await job.create(on: app.db)
            id = try job.requireID()
        }
        var reader = parser ?? format.parser(reading: DataByteSource(data: Data(text.utf8)))
        let runner = ImportRunner(engine: TestApp.engine, settings: settings, database: app.db, instance: "test")
        return (id, try await runner.run(jobID: id, parser: &reader))
    }
}

/// A parser that fails after a number of batches, like a process losing its input or its database mid-import.
struct FailingParser: ImportParser {
    struct Interrupted: Error {}
    var inner: any ImportParser
    var batchesBeforeFailure: Int
    var bytesRead: Int { inner.bytesRead }

    mutating func next(_ count: Int) throws -> [ImportItem]? {
        if batchesBeforeFailure == 0 { throw Interrupted() }
        batchesBeforeFailure -= 1
        return try inner.next(count)
    }
}
