/// All signals found for one post, grouped by name.
///
/// A name's overall strength combines its instances as a noisy-or over distinct details (1 - Π(1 - wᵢ)), so that
/// several weak cues ("gacor", "maxwin", "depo") add up while one strong cue is enough on its own; the same phrase
/// repeated counts once. Strengths are kept up to date as signals are added, so rules read them for free. Names
/// known to a ``SignalRegistry`` live in an array read by index; others in a dictionary.
public struct SignalSet: Sendable {
    struct Group: Sendable {
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

    private let registry: SignalRegistry?
    private var slots: [Group]
    private var extra: [String: Group] = [:]

    /// Most instances kept per name: enough for any real post, and a bound on the work a huge one can cause.
    public static let instanceLimit = 256

    /// Creates an empty set.
    public init() {
        registry = nil
        slots = []
    }

    /// Creates an empty set whose registered names are read by index.
    public init(registry: SignalRegistry) {
        self.registry = registry
        slots = Array(repeating: Group(), count: registry.count)
    }

    /// Adds a signal (beyond ``instanceLimit`` instances of one name, further ones are ignored).
    public mutating func add(_ signal: Signal) {
        // Mutating in place keeps the group's storage uniquely referenced (no copy per insertion).
        if let index = registry?.index(of: signal.name) {
            slots[index].add(signal)
        } else {
            extra[signal.name, default: Group()].add(signal)
        }
    }

    /// Adds a signal whose name's index in this set's registry is already known (`registryIndex` from the same
    /// ``SignalRegistry``), saving the name lookup for detectors that add many signals of few names.
    public mutating func add(_ signal: Signal, registryIndex: Int?) {
        if let registryIndex, registry != nil {
            slots[registryIndex].add(signal)
        } else {
            add(signal)
        }
    }

    /// Adds several signals.
    public mutating func add(contentsOf signals: [Signal]) {
        for signal in signals { add(signal) }
    }

    /// The instances of `name`.
    public func instances(of name: String) -> [Signal] {
        if let index = registry?.index(of: name) { return slots[index].instances }
        return extra[name]?.instances ?? []
    }

    /// The instances of the registered name at `index`.
    public func instances(at index: Int) -> [Signal] { slots[index].instances }

    /// Every signal name present, sorted.
    public var names: [String] {
        var present = Array(extra.keys)
        if let registry {
            for (index, group) in slots.enumerated() where !group.instances.isEmpty { present.append(registry.names[index]) }
        }
        return present.sorted()
    }

    /// Whether any signal is present.
    public var isEmpty: Bool { extra.isEmpty && slots.allSatisfy { $0.instances.isEmpty } }

    /// The combined strength of `name` in 0...1 (0 when absent).
    public func strength(of name: String) -> Double {
        if let index = registry?.index(of: name) { return slots[index].strength }
        return extra[name]?.strength ?? 0
    }

    /// The combined strength of the registered name at `index`.
    public func strength(at index: Int) -> Double { slots[index].strength }

    /// Whether `condition` holds.
    public func satisfies(_ condition: SignalCondition) -> Bool {
        let value = strength(of: condition.signal)
        return value > 0 && value >= condition.minScore
    }
}
