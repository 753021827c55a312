import Fluent
import Foundation

/// Finds monitored accounts by the `platform:handle` people type.
enum AccountLookup {
    typealias Problem = AccountReferenceError
}

/// Why an account reference (`platform:handle`) cannot be used.
public enum AccountReferenceError: Error, CustomStringConvertible {
    case malformed(String)
    case notFound(String)
    case unitNotFound(String)

    public var description: String {
        switch self {
        case .malformed(let value):
            let platforms = SocialPlatform.allCases.map(\.rawValue).joined(separator: "|")
            return "akun harus platform:handle (\(platforms)) / account must be platform:handle: \(value)"
        case .notFound(let value):
            return "akun belum terdaftar (daftarkan di /pengawasan/akun atau beri --unit) / account not registered "
                + "(register it at /pengawasan/akun or pass --unit): \(value)"
        case .unitNotFound(let name):
            return "unit tidak ditemukan / unit not found: \(name)"
        }
    }
}

extension AccountLookup {

    /// Splits `x:@Handle` into platform and normalised handle.
    static func parse(_ reference: String) throws -> (SocialPlatform, String) {
        let parts = reference.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let platform = SocialPlatform(rawValue: parts[0].lowercased()) else {
            throw Problem.malformed(reference)
        }
        let handle = SocialAccount.normalizedHandle(parts[1])
        guard !handle.isEmpty, handle.count <= 100 else { throw Problem.malformed(reference) }
        return (platform, handle)
    }

    /// The account `reference`; when missing and `registerInUnit` is given, registers it there (audited as the
    /// system). A database without any unit gets that unit as the top of its tree.
    static func find(_ reference: String, on database: any Database, registerInUnit: String?,
                     kind: String) async throws -> SocialAccount {
        let (platform, handle) = try parse(reference)
        if let account = try await SocialAccount.query(on: database).filter(\.$platform == platform)
            .filter(\.$handle == handle).first() {
            return account
        }
        guard let unitName = registerInUnit else { throw Problem.notFound(reference) }
        guard let accountKind = AccountKind(rawValue: kind) else { throw Problem.malformed(kind) }
        return try await database.transaction { transaction in
            var unit = try await Unit.query(on: transaction).filter(\.$name == unitName).first()
            if unit == nil, try await Unit.query(on: transaction).count() == 0 {
                let root = Unit(name: unitName, kind: .ditjen, timeZone: .wib, parentID: nil)
                try await root.create(on: transaction)
                unit = root
            }
            guard let unit, let unitID = unit.id else { throw Problem.unitNotFound(unitName) }
            let account = SocialAccount(platform: platform, handle: handle, kind: accountKind, unitID: unitID)
            try await account.create(on: transaction)
            try await AuditLog.record("account.create", subjectType: "social_account",
                                      subjectID: try account.requireID().uuidString, actor: nil, unitID: unitID,
                                      details: ["platform": platform.rawValue, "handle": handle,
                                                "kind": accountKind.rawValue, "via": "cli"],
                                      on: transaction)
            return account
        }
    }
}
