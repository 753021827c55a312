/// Indonesia's three time zones (no daylight saving).
public enum IndonesianTimeZone: String, Codable, CaseIterable, Sendable {
    /// UTC+7: Sumatra, Java, West and Central Kalimantan.
    case wib = "WIB"
    /// UTC+8: East, South and North Kalimantan, Bali, NTB, NTT, Sulawesi.
    case wita = "WITA"
    /// UTC+9: Maluku, Papua.
    case wit = "WIT"

    /// The zone's offset from UTC in seconds.
    public var utcOffsetSeconds: Int {
        switch self {
        case .wib: return DutySchedule.wib
        case .wita: return DutySchedule.wita
        case .wit: return DutySchedule.wit
        }
    }
}

/// A unit's duty configuration (a Lapas, Rutan, Bapas or office): its time zone and working hours. Offices keep
/// Perpres 21/2023 hours; corrections facilities run shifts, so hours are configurable per unit (and, by giving
/// a post its own unit, per person). The server stores units; the engine reads the unit a post carries.
///
/// JSON: `{"id": "lapas-ambon", "name": "Lapas Kelas IIA Ambon", "zone": "WIT",
/// "shifts": [{"days": [1,2,3,4,5,6,7], "start": "19:00", "end": "07:00"}]}`; without `shifts` the Perpres
/// 21/2023 hours apply.
public struct DutyUnit: Codable, Hashable, Sendable {
    /// One shift: the weekdays it starts on (1 = Monday ... 7 = Sunday) and its local start and end (`HH:MM`); an
    /// end before the start runs past midnight into the next day.
    public struct Shift: Codable, Hashable, Sendable {
        public var days: [Int]
        public var start: String
        public var end: String

        public init(days: [Int], start: String, end: String) {
            self.days = days
            self.start = start
            self.end = end
        }
    }

    /// The unit's identifier.
    public var id: String?
    /// The unit's name.
    public var name: String?
    /// The unit's time zone.
    public var zone: IndonesianTimeZone
    /// Shifts; empty means Perpres 21/2023 office hours.
    public var shifts: [Shift]

    /// Creates a unit.
    public init(id: String? = nil, name: String? = nil, zone: IndonesianTimeZone = .wib, shifts: [Shift] = []) {
        self.id = id
        self.name = name
        self.zone = zone
        self.shifts = shifts
    }

    private enum CodingKeys: String, CodingKey { case id, name, zone, shifts }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        let zoneName = try container.decodeIfPresent(String.self, forKey: .zone) ?? "WIB"
        guard let zone = IndonesianTimeZone(rawValue: zoneName.uppercased()) else {
            throw DecodingError.dataCorruptedError(forKey: .zone, in: container, debugDescription: "zone must be WIB, WITA or WIT")
        }
        self.zone = zone
        shifts = try container.decodeIfPresent([Shift].self, forKey: .shifts) ?? []
        for shift in shifts {
            guard Self.minutes(shift.start) != nil, Self.minutes(shift.end) != nil, shift.days.allSatisfy({ (1...7).contains($0) }) else {
                throw DecodingError.dataCorruptedError(forKey: .shifts, in: container,
                                                       debugDescription: "a shift needs days 1-7 and start/end as HH:MM")
            }
        }
    }

    /// The weekly schedule these shifts make (Perpres 21/2023 when there are none).
    public var schedule: DutySchedule {
        guard !shifts.isEmpty else { return .perpres21of2023 }
        var periods: [DutySchedule.Period] = []
        for shift in shifts {
            guard let start = Self.minutes(shift.start), let end = Self.minutes(shift.end) else { continue }
            for day in shift.days {
                if end > start {
                    periods.append(.init(weekday: day, startMinute: start, endMinute: end))
                } else {
                    // Past midnight: the evening on `day`, the morning on the next day.
                    periods.append(.init(weekday: day, startMinute: start, endMinute: 1440))
                    if end > 0 { periods.append(.init(weekday: day % 7 + 1, startMinute: 0, endMinute: end)) }
                }
            }
        }
        return DutySchedule(periods: periods)
    }

    /// "07:30" -> 450; `nil` when malformed.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":").map { Int($0) }
        guard parts.count == 2, let hour = parts[0], let minute = parts[1], (0...24).contains(hour), (0..<60).contains(minute),
              hour * 60 + minute <= 1440 else { return nil }
        return hour * 60 + minute
    }
}
