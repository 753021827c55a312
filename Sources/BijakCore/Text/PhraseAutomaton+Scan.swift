/// Reusable buffers for one scan, so the per-position loop does not allocate.
struct ScanScratch {
    /// Live states after the current position; empty means "only the root".
    var live: [Int32] = []
    /// Live states being computed for the next position.
    var next: [Int32] = []
    /// Distinct word ids of the current position's alternatives.
    var ids: [Int32] = []
    /// Output states already reported at the current position.
    var emitted: [Int32] = []

    init() {
        live.reserveCapacity(8)
        next.reserveCapacity(8)
        ids.reserveCapacity(4)
        emitted.reserveCapacity(8)
    }
}

extension PhraseAutomaton {
    /// Moves the live-state set over one term position.
    @inline(__always)
    func advance(over alternatives: [String], scratch: inout ScanScratch) {
        scratch.ids.removeAll(keepingCapacity: true)
        for word in alternatives {
            let id = words.id(of: word)
            if id >= 0, !scratch.ids.contains(id) { scratch.ids.append(id) }
        }
        scratch.next.removeAll(keepingCapacity: true)
        if scratch.live.isEmpty {
            for id in scratch.ids {
                let target = rootNext[Int(id)]
                if target != 0, !scratch.next.contains(target) { scratch.next.append(target) }
            }
        } else {
            // The root need not be stepped separately: a child of the root on `id` lies on the failure chain of
            // step(s, id) for every live state s.
            for id in scratch.ids {
                for state in scratch.live {
                    let target = step(from: state, on: id)
                    if target != 0, !scratch.next.contains(target) { scratch.next.append(target) }
                }
            }
        }
        swap(&scratch.live, &scratch.next)
    }

    /// Appends the matches ending just before `end` (i.e. at position `end - 1`).
    @inline(__always)
    func report(endingAt end: Int, scratch: inout ScanScratch, into result: inout [PhraseMatch]) {
        if scratch.live.count == 1 {
            // A single failure chain visits each state once: nothing to deduplicate.
            var node = firstOutput[Int(scratch.live[0])]
            while node >= 0 {
                emit(node, end: end, into: &result)
                node = firstOutput[Int(failure[Int(node)])]
            }
            return
        }
        scratch.emitted.removeAll(keepingCapacity: true)
        for state in scratch.live {
            var node = firstOutput[Int(state)]
            // Once a chain reaches an output state that was already reported, the rest of it was reported too.
            while node >= 0, !scratch.emitted.contains(node) {
                scratch.emitted.append(node)
                emit(node, end: end, into: &result)
                node = firstOutput[Int(failure[Int(node)])]
            }
        }
    }

    @inline(__always)
    func emit(_ node: Int32, end: Int, into result: inout [PhraseMatch]) {
        let start = end - Int(depth[Int(node)])
        for slot in Int(outputStart[Int(node)]) ..< Int(outputStart[Int(node) + 1]) {
            result.append(PhraseMatch(pattern: Int(outputPattern[slot]), start: start, end: end))
        }
    }

    /// The Aho-Corasick transition: the longest trie state that is a suffix of `state` followed by `word`.
    @inline(__always)
    func step(from state: Int32, on word: Int32) -> Int32 {
        var current = state
        while current != 0 {
            let target = child(of: current, on: word)
            if target >= 0 { return target }
            current = failure[Int(current)]
        }
        return rootNext[Int(word)]
    }

    /// The trie child of a non-root `state` on `word`, or -1.
    @inline(__always)
    func child(of state: Int32, on word: Int32) -> Int32 {
        var low = Int(edgeStart[Int(state)])
        var high = Int(edgeStart[Int(state) + 1])
        if high - low <= 8 {
            while low < high {
                if edgeWord[low] == word { return edgeTarget[low] }
                low += 1
            }
            return -1
        }
        while low < high {
            let middle = (low + high) >> 1
            let candidate = edgeWord[middle]
            if candidate == word { return edgeTarget[middle] }
            if candidate < word { low = middle + 1 } else { high = middle }
        }
        return -1
    }

    func isSorted(_ matches: [PhraseMatch]) -> Bool {
        var index = 1
        while index < matches.count {
            if matches[index] < matches[index - 1] { return false }
            index += 1
        }
        return true
    }
}
