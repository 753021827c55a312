import Foundation

/// Whether an account speaks for a person or for an institution.
public enum AccountKind: String, Codable, CaseIterable, Sendable {
    case personal
    case institutional
}

/// The circumstances of a post that words alone do not tell: when, where, live or not, in uniform or not.
public struct PostContext: Codable, Hashable, Sendable {
    /// When the post is (or would be) published, with its offset; `nil` for "now, unknown".
    public var time: Date?
    /// The author's time zone as a UTC offset in seconds (WIB +25200, WITA +28800, WIT +32400).
    public var utcOffsetSeconds: Int?
    /// The platform, e.g. `instagram`, `x`, `facebook`, `tiktok`.
    public var platform: String?
    /// Whether the post is a live broadcast.
    public var live: Bool
    /// Whether the author wears the official uniform (pakaian dinas).
    public var uniform: Bool
    /// Personal or institutional account.
    public var account: AccountKind?
    /// The author's unit: its time zone and duty hours (Perpres 21/2023 in WIB when absent).
    public var unit: DutyUnit?

    /// Creates a context.
    public init(time: Date? = nil, utcOffsetSeconds: Int? = nil, platform: String? = nil, live: Bool = false,
                uniform: Bool = false, account: AccountKind? = nil, unit: DutyUnit? = nil) {
        self.time = time
        self.utcOffsetSeconds = utcOffsetSeconds
        self.platform = platform
        self.live = live
        self.uniform = uniform
        self.account = account
        self.unit = unit
    }

    private enum CodingKeys: String, CodingKey {
        case time, utcOffsetSeconds = "utc_offset_seconds", platform, live, uniform, account, unit
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try container.decodeIfPresent(String.self, forKey: .time) {
            guard let parsed = ISOTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(forKey: .time, in: container,
                                                       debugDescription: "time must be ISO 8601 with a zone, e.g. 2025-02-06T09:30:00+07:00")
            }
            time = parsed.date
            utcOffsetSeconds = try container.decodeIfPresent(Int.self, forKey: .utcOffsetSeconds) ?? parsed.utcOffsetSeconds
        } else {
            time = nil
            utcOffsetSeconds = try container.decodeIfPresent(Int.self, forKey: .utcOffsetSeconds)
        }
        platform = try container.decodeIfPresent(String.self, forKey: .platform)
        live = try container.decodeIfPresent(Bool.self, forKey: .live) ?? false
        uniform = try container.decodeIfPresent(Bool.self, forKey: .uniform) ?? false
        account = try container.decodeIfPresent(AccountKind.self, forKey: .account)
        unit = try container.decodeIfPresent(DutyUnit.self, forKey: .unit)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if let time {
            try container.encode(ISOTimestamp.format(time, utcOffsetSeconds: utcOffsetSeconds ?? 25200), forKey: .time)
        }
        try container.encodeIfPresent(utcOffsetSeconds, forKey: .utcOffsetSeconds)
        try container.encodeIfPresent(platform, forKey: .platform)
        try container.encode(live, forKey: .live)
        try container.encode(uniform, forKey: .uniform)
        try container.encodeIfPresent(account, forKey: .account)
        try container.encodeIfPresent(unit, forKey: .unit)
    }
}
