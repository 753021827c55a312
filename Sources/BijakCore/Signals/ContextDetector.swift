import Foundation

/// Turns the post's context into signals: `context.live`, `context.uniform`, `context.institutional` and
/// `context.on_duty` (inside working hours in the author's own time zone: the unit's shifts when the post carries
/// its ``DutyUnit``, otherwise this detector's schedule).
public struct ContextDetector: SignalDetector {
    /// Working hours used to decide `context.on_duty`.
    public var schedule: DutySchedule

    /// Creates a detector with a duty schedule.
    public init(schedule: DutySchedule = .perpres21of2023) {
        self.schedule = schedule
    }

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        let context = input.post.context
        if context.live || input.post.action == .live {
            signals.add(Signal(name: "context.live", score: 1, origin: "context"))
        }
        if context.uniform {
            signals.add(Signal(name: "context.uniform", score: 1, origin: "context"))
        }
        if context.account == .institutional {
            signals.add(Signal(name: "context.institutional", score: 1, origin: "context"))
        }
        let schedule = context.unit?.schedule ?? self.schedule
        // A unit's hours are kept in the unit's own zone, whatever zone the device reports.
        let offset = context.unit?.zone.utcOffsetSeconds ?? context.utcOffsetSeconds ?? DutySchedule.wib
        if let time = context.time, schedule.isOnDuty(time, utcOffsetSeconds: offset) {
            signals.add(Signal(name: "context.on_duty", score: 1, origin: "context"))
        }
    }
}

/// Weekly working hours in local time.
public struct DutySchedule: Codable, Hashable, Sendable {
    /// One working period on a weekday (1 = Monday ... 7 = Sunday), minutes after local midnight.
    public struct Period: Codable, Hashable, Sendable {
        public var weekday: Int
        public var startMinute: Int
        public var endMinute: Int

        public init(weekday: Int, startMinute: Int, endMinute: Int) {
            self.weekday = weekday
            self.startMinute = startMinute
            self.endMinute = endMinute
        }
    }

    /// The periods.
    public var periods: [Period]

    /// Creates a schedule.
    public init(periods: [Period]) { self.periods = periods }

    /// UTC offsets of Indonesia's zones, in seconds.
    public static let wib = 7 * 3600, wita = 8 * 3600, wit = 9 * 3600

    /// Perpres 21/2023 default: 37.5 working hours Monday to Friday from 07:30, plus a 60-minute break
    /// (90 on Friday): 07:30-16:00 Monday to Thursday, 07:30-16:30 Friday.
    public static let perpres21of2023 = DutySchedule(periods:
        (1...4).map { Period(weekday: $0, startMinute: 450, endMinute: 960) } + [Period(weekday: 5, startMinute: 450, endMinute: 990)])

    /// Whether `date` falls in a working period in the zone `utcOffsetSeconds`.
    public func isOnDuty(_ date: Date, utcOffsetSeconds: Int) -> Bool {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let minute = (local - days * 86_400) / 60
        // 1970-01-01 was a Thursday (weekday 4 with Monday = 1).
        let weekday = ((days % 7) + 7 + 3) % 7 + 1
        return periods.contains { $0.weekday == weekday && minute >= $0.startMinute && minute < $0.endMinute }
    }
}
