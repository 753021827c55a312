/// Finds instances of several signals that lie close together in the same text.
enum ProximityMatcher {
    /// The instances of every group that lie within `within` words of an anchor instance of the first group (in the
    /// same field), provided every group has at least one; groups whose instances carry no position (context, target,
    /// models) are taken whole. Returns `nil` when no such choice exists.
    static func closest(_ groups: [[Signal]], within: Int) -> [Signal]? {
        let positioned = groups.filter { $0.contains { $0.termRange != nil } }
        let unpositioned = groups.filter { !$0.contains { $0.termRange != nil } }.flatMap { $0 }
        guard let anchors = positioned.first else { return unpositioned }
        for anchor in anchors {
            guard let anchorRange = anchor.termRange else { continue }
            var chosen = anchors.filter { other in
                guard let range = other.termRange, other.field == anchor.field else { return false }
                return distance(anchorRange, range) <= within
            }
            var complete = true
            for group in positioned.dropFirst() {
                let near = group.filter { candidate in
                    guard let range = candidate.termRange, candidate.field == anchor.field else { return false }
                    return distance(anchorRange, range) <= within
                }
                guard !near.isEmpty else {
                    complete = false
                    break
                }
                // Every nearby instance is evidence ("kaum" and "c1na" both name the group).
                chosen.append(contentsOf: near)
            }
            if complete { return chosen + unpositioned }
        }
        return nil
    }

    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.overlaps(b) { return 0 }
        return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound + 1 : a.lowerBound - b.upperBound + 1
    }
}
