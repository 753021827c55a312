/// The flat tables a ``PhraseAutomaton`` is made of.
struct PhraseAutomatonTables {
    var words: WordTable
    var rootNext: [Int32]
    var edgeStart: [Int32]
    var edgeWord: [Int32]
    var edgeTarget: [Int32]
    var failure: [Int32]
    var firstOutput: [Int32]
    var depth: [Int32]
    var outputStart: [Int32]
    var outputPattern: [Int32]
}

/// Builds the trie of a lexicon, then flattens it and computes failure and output links breadth-first.
struct PhraseTrieBuilder {
    private var vocabulary: [String: Int32] = [:]
    /// Interned words in id order.
    private var wordList: [String] = []
    /// Trie edges during insertion, keyed by `parent << 32 | word`.
    private var edges: [UInt64: Int32] = [:]
    private var parent: [Int32] = [0]
    private var word: [Int32] = [-1]
    private var depth: [Int32] = [0]
    /// (state, pattern) pairs, one per inserted phrase.
    private var terminals: [(state: Int32, pattern: Int32)] = []

    /// Adds a non-empty phrase.
    mutating func insert(_ phrase: [String], pattern: Int32) {
        var state: Int32 = 0
        for text in phrase {
            let id = intern(text)
            let key = UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: id))
            if let target = edges[key] {
                state = target
            } else {
                let target = Int32(truncatingIfNeeded: parent.count)
                edges[key] = target
                parent.append(state)
                word.append(id)
                depth.append(depth[Int(state)] + 1)
                state = target
            }
        }
        terminals.append((state, pattern))
    }

    private mutating func intern(_ text: String) -> Int32 {
        if let id = vocabulary[text] { return id }
        let id = Int32(truncatingIfNeeded: vocabulary.count)
        vocabulary[text] = id
        wordList.append(text)
        return id
    }

    /// Flattens the trie and computes the Aho-Corasick links.
    func finish() -> PhraseAutomatonTables {
        let stateCount = parent.count

        // Edges in compressed sparse rows, each row sorted by word id.
        var edgeStart = [Int32](repeating: 0, count: stateCount + 1)
        for state in 1 ..< stateCount { edgeStart[Int(parent[state]) + 1] += 1 }
        for state in 0 ..< stateCount { edgeStart[state + 1] += edgeStart[state] }
        var edgeWord = [Int32](repeating: 0, count: max(stateCount - 1, 0))
        var edgeTarget = [Int32](repeating: 0, count: max(stateCount - 1, 0))
        var fill = edgeStart
        for state in 1 ..< max(stateCount, 1) {
            let from = Int(parent[state])
            let slot = Int(fill[from])
            edgeWord[slot] = word[state]
            edgeTarget[slot] = Int32(state)
            fill[from] += 1
        }
        for state in 0 ..< stateCount {
            let row = Int(edgeStart[state]) ..< Int(edgeStart[state + 1])
            if row.count > 1 {
                let sorted = row.map { (edgeWord[$0], edgeTarget[$0]) }.sorted { $0.0 < $1.0 }
                for (offset, edge) in sorted.enumerated() {
                    edgeWord[row.lowerBound + offset] = edge.0
                    edgeTarget[row.lowerBound + offset] = edge.1
                }
            }
        }

        var rootNext = [Int32](repeating: 0, count: vocabulary.count)
        for slot in Int(edgeStart[0]) ..< Int(edgeStart[1]) { rootNext[Int(edgeWord[slot])] = edgeTarget[slot] }

        // Patterns ending at each state, in compressed sparse rows (pattern order kept).
        var outputStart = [Int32](repeating: 0, count: stateCount + 1)
        for terminal in terminals { outputStart[Int(terminal.state) + 1] += 1 }
        for state in 0 ..< stateCount { outputStart[state + 1] += outputStart[state] }
        var outputPattern = [Int32](repeating: 0, count: terminals.count)
        var outputFill = outputStart
        for terminal in terminals {
            outputPattern[Int(outputFill[Int(terminal.state)])] = terminal.pattern
            outputFill[Int(terminal.state)] += 1
        }

        var tables = PhraseAutomatonTables(
            words: WordTable(words: wordList), rootNext: rootNext, edgeStart: edgeStart, edgeWord: edgeWord,
            edgeTarget: edgeTarget, failure: [Int32](repeating: 0, count: stateCount),
            firstOutput: [Int32](repeating: -1, count: stateCount), depth: depth,
            outputStart: outputStart, outputPattern: outputPattern)
        Self.link(&tables)
        return tables
    }

    /// Computes failure links and nearest output states in breadth-first order.
    private static func link(_ tables: inout PhraseAutomatonTables) {
        func hasOutput(_ state: Int32) -> Bool {
            tables.outputStart[Int(state)] != tables.outputStart[Int(state) + 1]
        }
        func child(_ state: Int32, _ word: Int32) -> Int32 {
            if state == 0 { return tables.rootNext[Int(word)] }
            for slot in Int(tables.edgeStart[Int(state)]) ..< Int(tables.edgeStart[Int(state) + 1])
            where tables.edgeWord[slot] == word {
                return tables.edgeTarget[slot]
            }
            return -1
        }
        var queue: [Int32] = [0]
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for slot in Int(tables.edgeStart[Int(state)]) ..< Int(tables.edgeStart[Int(state) + 1]) {
                let target = tables.edgeTarget[slot]
                let word = tables.edgeWord[slot]
                var fallback: Int32 = 0
                if state != 0 {
                    var candidate = tables.failure[Int(state)]
                    while true {
                        let next = child(candidate, word)
                        if next > 0 { fallback = next; break }
                        if candidate == 0 { break }
                        candidate = tables.failure[Int(candidate)]
                    }
                }
                tables.failure[Int(target)] = fallback
                tables.firstOutput[Int(target)] = hasOutput(target) ? target : tables.firstOutput[Int(fallback)]
                queue.append(target)
            }
        }
    }
}
