/// All signals found for one post, grouped by name.
///
/// A name's overall strength combines its instances as a noisy-or over distinct details (1 - Π(1 - wᵢ)), so that
/// several weak cues ("gacor", "maxwin", "depo") add up while one strong cue is enough on its own; the same phrase
/// repeated counts once. Strengths are kept up to date as signals are added, so rules read them for free.
public struct SignalSet: Sendable {
    private struct Group: Sendable {
        var instances: [Signal] = []
        var strongestByDetail: [String: Double] = [:]
        var strength: Double = 0

        mutating func add(_ signal: Signal) {
            guard instances.count < SignalSet.instanceLimit else { return }
            instances.append(signal)
            let key = signal.detail ?? "\(signal.field)#\(signal.spans.first?.start ?? -1)"
            let previous = strongestByDetail[key]
            guard previous == nil || previous! < signal.score else { return }
            strongestByDetail[key] = signal.score
            var missing = 1.0
            for score in strongestByDetail.values { missing *= (1 - score) }
            strength = 1 - missing
        }
    }

    private var groups: [String: Group] = [:]

    /// Most instances kept per name: enough for any real post, and a bound on the work a huge one can cause.
    public static let instanceLimit = 256

    /// Creates an empty set.
    public init() {}

    /// Adds a signal (beyond ``instanceLimit`` instances of one name, further ones are ignored).
    public mutating func add(_ signal: Signal) {
        // Mutating in place keeps the group's storage uniquely referenced (no copy per insertion).
        groups[signal.name, default: Group()].add(signal)
    }

    /// Adds several signals.
    public mutating func add(contentsOf signals: [Signal]) {
        for signal in signals { add(signal) }
    }

    /// The instances of `name`.
    public func instances(of name: String) -> [Signal] { groups[name]?.instances ?? [] }

    /// Every signal name present, sorted.
    public var names: [String] { groups.keys.sorted() }

    /// Whether any signal is present.
    public var isEmpty: Bool { groups.isEmpty }

    /// The combined strength of `name` in 0...1 (0 when absent).
    public func strength(of name: String) -> Double { groups[name]?.strength ?? 0 }

    /// Whether `condition` holds.
    public func satisfies(_ condition: SignalCondition) -> Bool {
        let value = strength(of: condition.signal)
        return value > 0 && value >= condition.minScore
    }
}
