/// All signals found for one post, grouped by name.
///
/// A name's overall strength combines its instances as a noisy-or over distinct phrases (1 - Π(1 - wᵢ)), so that
/// several weak cues ("gacor", "maxwin", "depo") add up while one strong cue is enough on its own.
public struct SignalSet: Sendable {
    private(set) var byName: [String: [Signal]] = [:]

    /// Creates an empty set.
    public init() {}

    /// Most instances kept per name: enough for any real post, and a bound on the work a huge one can cause.
    public static let instanceLimit = 256

    /// Adds a signal (beyond ``instanceLimit`` instances of one name, further ones are ignored).
    public mutating func add(_ signal: Signal) {
        guard byName[signal.name, default: []].count < Self.instanceLimit else { return }
        byName[signal.name, default: []].append(signal)
    }

    /// Adds several signals.
    public mutating func add(contentsOf signals: [Signal]) {
        for signal in signals { add(signal) }
    }

    /// The instances of `name`.
    public func instances(of name: String) -> [Signal] { byName[name] ?? [] }

    /// Every signal name present.
    public var names: Dictionary<String, [Signal]>.Keys { byName.keys }

    /// Whether any signal is present.
    public var isEmpty: Bool { byName.isEmpty }

    /// The combined strength of `name` in 0...1 (0 when absent).
    public func strength(of name: String) -> Double {
        guard let instances = byName[name], !instances.isEmpty else { return 0 }
        // The same phrase repeated is one cue, not several: keep each evidence text's strongest instance.
        var strongest: [String: Double] = [:]
        for signal in instances {
            let key = signal.detail ?? "\(signal.field)#\(signal.spans.first?.start ?? -1)"
            strongest[key] = max(strongest[key] ?? 0, signal.score)
        }
        var missing = 1.0
        for score in strongest.values { missing *= (1 - score) }
        return 1 - missing
    }

    /// Whether `condition` holds.
    public func satisfies(_ condition: SignalCondition) -> Bool {
        let value = strength(of: condition.signal)
        return value > 0 && value >= condition.minScore
    }
}
