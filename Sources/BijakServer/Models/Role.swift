/// What a user may do; every role is scoped to the user's unit and the units under it.
public enum Role: String, Codable, CaseIterable, Sendable {
    /// Staff: checks drafts and keeps a private history.
    case pegawai
    /// Public relations: also reads the directory of their units.
    case humas
    /// Internal compliance (Kepatuhan Internal): also reads the directory of their units.
    case patnal
    /// Administrator: manages units, users and API tokens of their units.
    case admin

    /// Roles that oversee their units: monitored accounts, imports, the review queue, cases, dashboards.
    static let overseers: Set<Role> = [.patnal, .admin]

    /// Roles that may read the staff directory of their units.
    static let directoryReaders: Set<Role> = [.humas, .patnal, .admin]
}
