import BijakCore
@testable import BijakServer
import Fluent
import Foundation
import Vapor

/// Monitored posts and review items made directly with the models (the importer is built separately), and the
/// reviewers the oversight tests need on top of ``Fixture``.
struct OversightFixture {
    let base: Fixture
    /// Kepatuhan Internal of Kanwil Jawa Tengah (sees Lapas Semarang too).
    let patnalA: User
    /// A second reviewer of Kanwil Jawa Tengah, to race the first.
    let patnalA2: User
    /// Kepatuhan Internal of Lapas Semarang only.
    let patnalLapas: User

    static func seed(on app: Application) async throws -> OversightFixture {
        let base = try await Fixture.seed(on: app)
        let hash = try app.password.hash(TestApp.password)
        func user(_ name: String, _ nip: String, _ unit: Unit) async throws -> User {
            let user = User(name: name, nip: nip, passwordHash: hash, role: .patnal, unitID: try unit.requireID())
            try await user.create(on: app.db)
            return user
        }
        return OversightFixture(
            base: base,
            patnalA: try await user("Patnal Jateng", "198707072012071007", base.kanwilA),
            patnalA2: try await user("Patnal Jateng Dua", "198808082013081008", base.kanwilA),
            patnalLapas: try await user("Patnal Lapas", "198909092014091009", base.lapasA))
    }

    /// A post of `owner`'s personal account, screened by the real engine, with its review item.
    @discardableResult
    static func reviewItem(text: String, owner: User, reason: ReviewReason = .flagged, handle: String? = nil,
                           on db: any Database) async throws -> ReviewItem {
        let unitID = owner.$unit.id
        let accountHandle = handle ?? "akun_\(owner.nip.suffix(6))"
        let account: SocialAccount
        if let existing = try await SocialAccount.query(on: db).filter(\.$handle == accountHandle).first() {
            account = existing
        } else {
            account = SocialAccount(platform: .x, handle: accountHandle, kind: .personal, unitID: unitID,
                                    ownerID: try owner.requireID())
            try await account.create(on: db)
        }
        let verdict = TestApp.engine.check(Post(text: text))
        let post = MonitoredPost()
        post.$account.id = try account.requireID()
        post.unitID = unitID
        post.platformPostID = UUID().uuidString
        post.action = "post"
        post.text = text
        post.url = "https://x.com/\(accountHandle)/status/1"
        post.postedAt = Date(timeIntervalSince1970: 1_790_000_000)
        post.capturedAt = Date(timeIntervalSince1970: 1_790_000_500)
        post.sha256 = "0"
        post.decision = verdict.decision.rawValue
        post.verdictJSON = String(decoding: try JSONEncoder().encode(verdict), as: UTF8.self)
        try await post.create(on: db)
        for finding in verdict.findings {
            let flag = PostFlag()
            flag.$post.id = try post.requireID()
            flag.unitID = unitID
            flag.ruleID = finding.rule
            flag.severity = finding.severity.rawValue
            flag.flaggedAt = post.capturedAt
            try await flag.create(on: db)
        }
        let item = ReviewItem()
        item.$post.id = try post.requireID()
        item.unitID = unitID
        item.reason = reason
        item.status = .open
        try await item.create(on: db)
        return item
    }

    /// A post the engine flags (campaigning for a candidate).
    static let flaggedText = "Ayo coblos nomor 2 pada pemilu nanti, pilih calon kita! Hubungi 081234567890."
}
