import Foundation

/// Where a parser reads an export from: a file (command line, worker) or bytes in memory (an upload from the
/// database).
public protocol ImportByteSource {
    /// The next block of at most `count` bytes, or `nil` at the end.
    mutating func read(upTo count: Int) throws -> Data?
}

/// Reads a file block by block.
public struct FileByteSource: ImportByteSource {
    let handle: FileHandle

    public init(handle: FileHandle) { self.handle = handle }

    public mutating func read(upTo count: Int) throws -> Data? {
        guard let data = try handle.read(upToCount: count), !data.isEmpty else { return nil }
        return data
    }
}

/// Reads bytes already in memory.
public struct DataByteSource: ImportByteSource {
    let data: Data
    var offset = 0

    public init(data: Data) { self.data = data }

    public mutating func read(upTo count: Int) throws -> Data? {
        guard offset < data.count else { return nil }
        let end = min(data.count, offset + count)
        defer { offset = end }
        return data.subdata(in: (data.startIndex + offset)..<(data.startIndex + end))
    }
}

/// Cuts a byte stream into records: lines for JSONL, lines outside double quotes for CSV. Memory holds one block
/// and one unfinished record, however large the file.
struct RecordSplitter {
    private var source: any ImportByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private let respectQuotes: Bool
    /// Bytes read so far, for progress.
    private(set) var bytesRead = 0
    /// The 1-based line on which the next record starts.
    private(set) var nextLine = 1

    /// Blocks are this large; a longer record makes the buffer grow.
    static let blockSize = 1 << 18

    init(source: any ImportByteSource, respectQuotes: Bool) {
        self.source = source
        self.respectQuotes = respectQuotes
    }

    /// The next record's bytes (without the line break) and the line it starts on; `nil` at the end.
    mutating func next() throws -> (line: Int, bytes: ArraySlice<UInt8>)? {
        var scanFrom = position
        var inQuotes = false
        while true {
            var index = scanFrom
            while index < buffer.count {
                let byte = buffer[index]
                if respectQuotes && byte == UInt8(ascii: "\"") {
                    inQuotes.toggle()
                } else if byte == 0x0A && !inQuotes {
                    return take(upTo: index, skip: 1)
                }
                index += 1
            }
            if finished {
                guard position < buffer.count else { return nil }
                return take(upTo: buffer.count, skip: 0)
            }
            let scanned = index - position
            try refill()
            scanFrom = position + scanned
        }
    }

    private mutating func take(upTo end: Int, skip: Int) -> (line: Int, bytes: ArraySlice<UInt8>) {
        var record = buffer[position..<end]
        if record.last == 0x0D { record = record.dropLast() }
        if nextLine == 1 && record.starts(with: [0xEF, 0xBB, 0xBF]) { record = record.dropFirst(3) }
        let line = nextLine
        nextLine += 1 + record.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        position = end + skip
        return (line, record)
    }

    private mutating func refill() throws {
        buffer.removeFirst(position)
        position = 0
        guard let block = try source.read(upTo: Self.blockSize) else {
            finished = true
            return
        }
        bytesRead += block.count
        buffer.append(contentsOf: block)
    }
}
