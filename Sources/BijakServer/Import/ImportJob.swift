import Fluent
import Foundation

/// An import of one export into one monitored account: queued by an upload or started by `bijak import`, run by
/// whichever instance claims it, with its progress committed together with each batch of posts.
final class ImportJob: Model, @unchecked Sendable {
    static let schema = "import_jobs"

    @ID(key: .id) var id: UUID?
    @Parent(key: "account_id") var account: SocialAccount
    /// The account's unit, for scoping the job pages.
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "format") var format: String
    @Field(key: "file_name") var fileName: String
    /// Hex SHA-256 of the export, so that `bijak import` resumes an interrupted run of the same file.
    @Field(key: "file_digest") var fileDigest: String
    @Field(key: "file_bytes") var fileBytes: Int64
    /// `upload` (the file is in `import_payloads`, any instance may run it) or `cli` (the file is on one machine).
    @Field(key: "origin") var origin: String
    @Enum(key: "status") var status: ImportJobStatus
    /// Records (posts and refused records) whose batch has committed, in file order: a resumed run skips them.
    @Field(key: "records_done") var recordsDone: Int64
    /// Posts this job added.
    @Field(key: "posts_stored") var postsStored: Int64
    /// Posts that were already stored (a re-import).
    @Field(key: "duplicates") var duplicates: Int64
    /// Added posts the engine flagged.
    @Field(key: "flagged") var flagged: Int64
    /// Records refused (malformed, empty, too long).
    @Field(key: "errors") var errors: Int64
    /// The first refused records, one "#position: message" per line.
    @Field(key: "error_samples") var errorSamples: String
    /// Why the job failed, when it did.
    @OptionalField(key: "failure") var failure: String?
    /// The instance that runs (or ran) it.
    @OptionalField(key: "claimed_by") var claimedBy: String?
    /// Unix seconds after which another instance may take the job over; renewed with every batch.
    @OptionalField(key: "lease_expires") var leaseExpires: Int64?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?

    init() {}

    init(accountID: UUID, unitID: UUID, format: ImportFormat, fileName: String, fileDigest: String, fileBytes: Int64,
         origin: String, status: ImportJobStatus, createdBy: UUID?) {
        self.$account.id = accountID
        self.unitID = unitID
        self.format = format.rawValue
        self.fileName = String(fileName.prefix(255))
        self.fileDigest = fileDigest
        self.fileBytes = fileBytes
        self.origin = origin
        self.status = status
        self.recordsDone = 0
        self.postsStored = 0
        self.duplicates = 0
        self.flagged = 0
        self.errors = 0
        self.errorSamples = ""
        self.createdBy = createdBy
    }
}

/// Where an import job stands.
public enum ImportJobStatus: String, Codable, CaseIterable, Sendable {
    case queued
    case running
    case done
    case failed
}

/// An uploaded export, kept in the database so that any instance can run its job; removed when the job ends.
final class ImportPayload: Model, @unchecked Sendable {
    static let schema = "import_payloads"

    /// The job's id.
    @ID(custom: "id", generatedBy: .user) var id: UUID?
    @Field(key: "data") var data: Data

    init() {}

    init(jobID: UUID, data: Data) {
        self.id = jobID
        self.data = data
    }
}
