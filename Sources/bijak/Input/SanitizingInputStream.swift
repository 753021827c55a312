import Foundation

/// A file as an `InputStream` whose bytes are valid UTF-8 (see ``UTF8Sanitizer``), for CSV.swift.
final class SanitizingInputStream: InputStream {
    private let handle: FileHandle
    private var sanitizer = UTF8Sanitizer()
    private var pending: [UInt8] = []
    private var offset = 0
    private var atEnd = false
    private var status: Stream.Status = .notOpen
    /// Bytes read from the file so far (for progress).
    private(set) var bytesRead = 0

    init(handle: FileHandle) {
        self.handle = handle
        super.init(data: Data())
    }

    override func open() { status = .open }

    override func close() {
        status = .closed
        try? handle.close()
    }

    override var streamStatus: Stream.Status { status }
    override var streamError: Error? { nil }
    /// Answers exactly (reading ahead if needed): CSV.swift treats a read of zero bytes after `true` as an error.
    override var hasBytesAvailable: Bool {
        while offset >= pending.count && !atEnd { refill() }
        return offset < pending.count
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        while offset >= pending.count {
            guard !atEnd else { return 0 }
            refill()
        }
        let count = min(length, pending.count - offset)
        pending.withUnsafeBufferPointer { source in
            buffer.update(from: source.baseAddress! + offset, count: count)
        }
        offset += count
        return count
    }

    private func refill() {
        let chunk = (try? handle.read(upToCount: 1 << 16)) ?? nil
        if let chunk, !chunk.isEmpty {
            bytesRead += chunk.count
            pending = sanitizer.clean(chunk, final: false)
        } else {
            atEnd = true
            pending = sanitizer.clean([UInt8](), final: true)
        }
        offset = 0
    }
}
