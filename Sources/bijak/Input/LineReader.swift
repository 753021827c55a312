import Foundation

/// Splits a file into lines as raw bytes, reading a chunk at a time.
///
/// Lines are split on bytes rather than decoded first, so that invalid UTF-8 in one line spoils only that line.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    /// The number of the next line (1-based).
    private(set) var nextLineNumber = 1
    /// Bytes consumed from the file so far.
    private(set) var bytesRead = 0

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line without its `\n` (and `\r`), with its number; `nil` at the end.
    mutating func next() throws -> (number: Int, bytes: ArraySlice<UInt8>)? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                position = newline + 1
                return numbered(line)
            }
            if finished {
                guard position < buffer.count else { return nil }
                var line = buffer[position...]
                if line.last == 0x0D { line = line.dropLast() }
                position = buffer.count
                return numbered(line)
            }
            try refill()
        }
    }

    private mutating func numbered(_ line: ArraySlice<UInt8>) -> (number: Int, bytes: ArraySlice<UInt8>) {
        defer { nextLineNumber += 1 }
        var bytes = line
        // A byte-order mark at the start of the file is not part of the first line.
        if nextLineNumber == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return (nextLineNumber, bytes)
    }

    private mutating func refill() throws {
        // Keep only the unfinished line, so memory holds one chunk plus one line.
        buffer.removeFirst(position)
        position = 0
        guard let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty else {
            finished = true
            return
        }
        bytesRead += chunk.count
        buffer.append(contentsOf: chunk)
    }
}

/// JSON lines from a file, one ``ScanInput`` per line.
struct JSONLSource: ScanSource {
    private var reader: LineReader

    init(handle: FileHandle) {
        reader = LineReader(handle: handle)
    }

    var bytesRead: Int { reader.bytesRead }

    mutating func nextBatch(_ size: Int) throws -> [ScanInput]? {
        var batch: [ScanInput] = []
        batch.reserveCapacity(size)
        while batch.count < size, let line = try reader.next() {
            let isBlank = line.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            batch.append(isBlank ? .blank : .jsonLine(line: line.number, bytes: line.bytes))
        }
        return batch.isEmpty ? nil : batch
    }
}
