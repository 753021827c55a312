/// Replaces invalid UTF-8 in a byte stream with U+FFFF, chunk by chunk.
///
/// Cleaning the bytes before the CSV reader decodes them keeps every other row of the file: only the row that
/// holds the bad bytes is lost. The marker U+FFFF is a Unicode noncharacter that no
/// real post contains, so a row carrying it is reported as "not valid UTF-8" and skipped.
struct UTF8Sanitizer {
    /// The marker written in place of invalid bytes (U+FFFF, encoded).
    static let marker: [UInt8] = [0xEF, 0xBF, 0xBF]
    /// The marker as a scalar, to recognise spoiled fields.
    static let markerScalar: Unicode.Scalar = "\u{FFFF}"

    /// An incomplete sequence at the end of the previous chunk, completed by the next one.
    private var carry: [UInt8] = []

    /// Cleans `chunk`; pass `final: true` with the last chunk (possibly empty) to flush what is carried.
    mutating func clean(_ chunk: some Collection<UInt8>, final: Bool) -> [UInt8] {
        var bytes = carry
        bytes.append(contentsOf: chunk)
        carry = []
        var end = bytes.count
        if !final, let cut = Self.incompleteTail(bytes) {
            carry = Array(bytes[cut...])
            end = cut
        }
        let body = bytes[..<end]
        // Fast path: almost every chunk is valid and passes through unchanged.
        if String(validating: body, as: UTF8.self) != nil { return Array(body) }
        var result: [UInt8] = []
        result.reserveCapacity(body.count)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): result.append(contentsOf: encoded)
            case .error: result.append(contentsOf: Self.marker)
            case .emptyInput: break loop
            }
        }
        return result
    }

    /// Where a multi-byte sequence starts that the chunk cuts short, if any.
    private static func incompleteTail(_ bytes: [UInt8]) -> Int? {
        var index = bytes.count - 1
        let lowest = max(0, bytes.count - 4)
        while index >= lowest {
            let byte = bytes[index]
            if byte & 0xC0 == 0x80 { index -= 1; continue }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return bytes.count - index < length ? index : nil
        }
        return nil
    }
}
