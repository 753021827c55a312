/// Indonesia's three time zones; a unit's zone decides its working hours for duty-time rules.
public enum IndonesianTimeZone: String, Codable, CaseIterable, Sendable {
    /// Western Indonesia Time, UTC+7.
    case wib = "WIB"
    /// Central Indonesia Time, UTC+8.
    case wita = "WITA"
    /// Eastern Indonesia Time, UTC+9.
    case wit = "WIT"

    /// The offset from UTC in seconds, as `PostContext.utcOffsetSeconds` wants it.
    var utcOffsetSeconds: Int {
        switch self {
        case .wib: return 7 * 3600
        case .wita: return 8 * 3600
        case .wit: return 9 * 3600
        }
    }
}
