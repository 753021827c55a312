import Foundation

/// Reads a CSV file in blocks and hands out runs of complete records, so that memory stays constant however large
/// the file is: a block is cut after the last line break that lies outside quotes, and the rest is carried into
/// the next block. Invalid UTF-8 is replaced by the marker U+FFFF so that only the record holding it is lost.
struct CSVRecordChunks {
    private let handle: FileHandle
    private var carry: [UInt8] = []
    private var sanitizer = UTF8Sanitizer()
    private var atEnd = false
    /// Bytes read from the file so far.
    private(set) var bytesRead = 0

    /// Block size; a record longer than this simply makes the block grow.
    static let blockSize = 1 << 20

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next run of complete records (cleaned UTF-8), or `nil` at the end of the file.
    mutating func next() throws -> [UInt8]? {
        while true {
            if let cut = Self.lastRecordEnd(carry) {
                let chunk = Array(carry[..<cut])
                carry.removeFirst(cut)
                return sanitizer.clean(chunk, final: true)
            }
            if atEnd {
                guard !carry.isEmpty else { return nil }
                let rest = carry
                carry = []
                return sanitizer.clean(rest, final: true)
            }
            let block = try handle.read(upToCount: Self.blockSize) ?? Data()
            if block.isEmpty { atEnd = true } else { bytesRead += block.count; carry.append(contentsOf: block) }
        }
    }

    /// One past the last line feed outside double quotes, if any.
    static func lastRecordEnd(_ bytes: [UInt8]) -> Int? {
        var inQuotes = false
        var last: Int?
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if byte == 0x0A, !inQuotes {
                last = index + 1
            }
        }
        return last
    }
}
