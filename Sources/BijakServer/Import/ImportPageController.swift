import Crypto
import Fluent
import Vapor

/// The import pages: upload an export (it becomes a queued job), list the jobs of the user's units, follow one
/// job's progress.
enum ImportPageController {
    /// The upload's address; its body may be as large as ``ImportSettings/maxUploadBytes``.
    static let uploadPath = "/pengawasan/impor"

    struct JobRow: Encodable {
        let id: String
        let account: String
        let fileName: String
        let format: String
        let status: String
        let statusLabel: String
        let records: Int64
        let stored: Int64
        let duplicates: Int64
        let flagged: Int64
        let errors: Int64
        let created: String
        let finished: String
        let failure: String?
        let errorSamples: [String]
        let active: Bool
    }

    struct ListPage: Encodable {
        let rows: [JobRow]
        let accounts: [AdminUnitController.Option]
        let formats: [String]
        let maxMegabytes: Int
    }

    struct UploadForm: Content {
        var account: String?
        var format: String?
        var file: File?
    }

    static func list(_ request: Request) async throws -> View {
        let (_, scope) = try await MonitoringAccess.require(request)
        let jobs = try await ImportJob.query(on: request.db).filter(\.$unitID ~~ Array(scope.ids))
            .with(\.$account).sort(\.$createdAt, .descending).limit(100).all()
        let accounts = try await SocialAccount.query(on: request.db).filter(\.$unit.$id ~~ Array(scope.ids))
            .sort(\.$platform).sort(\.$handle).all()
        let page = ListPage(rows: jobs.map { row($0, request: request) },
                            accounts: accounts.map { .init(value: $0.id?.uuidString ?? "",
                                                           label: "\($0.platform.rawValue):@\($0.handle)") },
                            formats: ["auto"] + ImportFormat.allCases.map(\.rawValue),
                            maxMegabytes: max(1, request.application.importSettings.maxUploadBytes >> 20))
        return try await PageRenderer.render("monitoring-imports", titleKey: "imports_title", page: page, on: request)
    }

    static func show(_ request: Request) async throws -> View {
        let (_, scope) = try await MonitoringAccess.require(request)
        guard let id = request.parameters.get("id", as: UUID.self),
              let job = try await ImportJob.query(on: request.db).filter(\.$id == id).with(\.$account).first(),
              scope.contains(job.unitID) else { throw AppError.notFound }
        return try await PageRenderer.render("monitoring-import", titleKey: "import_job_title",
                                             page: row(job, request: request), on: request)
    }

    static func upload(_ request: Request) async throws -> Response {
        let (user, scope) = try await MonitoringAccess.require(request)
        let form: UploadForm
        do { form = try request.content.decode(UploadForm.self) } catch { throw AppError.invalidForm("file") }
        let accountID = try FormField.uuid(form.account, name: "account")
        guard let account = try await SocialAccount.find(accountID, on: request.db) else {
            throw AppError.invalidField("account")
        }
        try scope.require(account.$unit.id)
        guard let file = form.file, file.data.readableBytes > 0 else { throw AppError.invalidField("file") }
        let data = Data(file.data.readableBytesView)
        let fileName = ImportText.field(file.filename) ?? "upload"
        let format: ImportFormat
        if let chosen = form.format, chosen != "auto" {
            guard let parsed = ImportFormat(rawValue: chosen) else { throw AppError.invalidField("format") }
            format = parsed
        } else {
            guard let detected = ImportFormat.detect(fileName: file.filename, head: data.prefix(4_096)) else {
                throw AppError.invalidField("format")
            }
            format = detected
        }
        let digest = ImportDigest.hex(SHA256.hash(data: data))
        let jobID = try await request.db.transaction { transaction in
            let job = ImportJob(accountID: accountID, unitID: account.$unit.id, format: format,
                                fileName: fileName, fileDigest: digest,
                                fileBytes: Int64(data.count), origin: "upload", status: .queued, createdBy: user.id)
            try await job.create(on: transaction)
            let id = try job.requireID()
            try await ImportPayload(jobID: id, data: data).create(on: transaction)
            try await AuditLog.record("import.queue", subjectType: "import_job", subjectID: id.uuidString, actor: user,
                                      unitID: account.$unit.id,
                                      details: ["account": accountID.uuidString, "format": format.rawValue,
                                                "bytes": String(data.count), "sha256": digest],
                                      on: transaction)
            return id
        }
        return request.redirect(to: "/pengawasan/impor/\(jobID.uuidString)", redirectType: .normal)
    }

    private static func row(_ job: ImportJob, request: Request) -> JobRow {
        let strings = UIStrings.table(request.language)
        return JobRow(
            id: job.id?.uuidString ?? "", account: "\(job.account.platform.rawValue):@\(job.account.handle)",
            fileName: job.fileName, format: job.format, status: job.status.rawValue,
            statusLabel: strings["import_status_\(job.status.rawValue)"] ?? job.status.rawValue,
            records: job.recordsDone, stored: job.postsStored, duplicates: job.duplicates, flagged: job.flagged,
            errors: job.errors, created: DateText.format(job.createdAt), finished: DateText.format(job.finishedAt),
            failure: job.failure, errorSamples: job.errorSamples.split(separator: "\n").map(String.init),
            active: job.status == .queued || job.status == .running)
    }
}
