import BijakCore

/// Writes one `bijak scan` output line as JSON, byte for byte what `JSONEncoder` with sorted keys would give
/// in structure (a test compares the two).
///
/// Why not `JSONEncoder`: a profile of `scan` showed Foundation's encoder taking about 40% of the time spent per
/// post, more than the whole rule evaluation; this writer knows the verdict's shape and writes it directly.
struct ScanLineWriter {
    private var bytes: [UInt8] = []

    /// The JSON line (with its newline) for one verdict.
    mutating func line(id: ScanID, line: Int, verdict: Verdict) -> [UInt8] {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(UInt8(ascii: "{"))
        key("decision"); string(verdict.decision.rawValue); comma()
        key("findings"); array(verdict.findings) { writer, finding in writer.finding(finding) }; comma()
        key("id")
        switch id {
        case .string(let value): string(value)
        case .integer(let value): raw(String(value))
        case .number(let value): number(value)
        }
        comma()
        key("line"); raw(String(line)); comma()
        key("rulebook_version"); string(verdict.rulebookVersion)
        bytes.append(UInt8(ascii: "}"))
        bytes.append(0x0A)
        return bytes
    }

    private mutating func finding(_ finding: Finding) {
        bytes.append(UInt8(ascii: "{"))
        key("advice"); string(finding.advice); comma()
        key("evidence"); array(finding.evidence) { writer, evidence in
            writer.bytes.append(UInt8(ascii: "{"))
            writer.key("end"); writer.raw(String(evidence.end)); writer.comma()
            writer.key("field"); writer.string(evidence.field); writer.comma()
            writer.key("signal"); writer.string(evidence.signal); writer.comma()
            writer.key("start"); writer.raw(String(evidence.start)); writer.comma()
            writer.key("text"); writer.string(evidence.text)
            writer.bytes.append(UInt8(ascii: "}"))
        }
        comma()
        key("explanation"); string(finding.explanation); comma()
        key("provisions"); array(finding.provisions) { writer, text in writer.string(text) }; comma()
        if !finding.references.isEmpty {
            key("references"); array(finding.references) { writer, text in writer.string(text) }; comma()
        }
        key("related"); array(finding.related) { writer, text in writer.string(text) }; comma()
        key("rule"); string(finding.rule); comma()
        key("sanction"); string(finding.sanction); comma()
        key("score"); number(finding.score); comma()
        key("severity"); string(finding.severity.rawValue); comma()
        key("signals"); array(finding.signals) { writer, signal in
            writer.bytes.append(UInt8(ascii: "{"))
            writer.key("name"); writer.string(signal.name); writer.comma()
            writer.key("origin"); writer.string(signal.origin); writer.comma()
            writer.key("score"); writer.number(signal.score)
            writer.bytes.append(UInt8(ascii: "}"))
        }
        comma()
        key("source"); string(finding.source); comma()
        key("title"); string(finding.title)
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func array<T>(_ items: [T], _ write: (inout ScanLineWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { comma() }
            write(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func number(_ value: Double) {
        guard value.isFinite else { raw("0"); return }
        if value == value.rounded(), abs(value) < 1e15 { raw(String(Int(value))) } else { raw(String(value)) }
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else as UTF-8.
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
            case 0x0A: bytes.append(contentsOf: [92, 110])
            case 0x0D: bytes.append(contentsOf: [92, 114])
            case 0x09: bytes.append(contentsOf: [92, 116])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
