import Foundation

/// Reads a whole post from a file or standard input, as `check` and `analyze` need it.
enum TextInput {
    /// The largest post accepted. A 1 MB post still gets a verdict; beyond 10 MB it is surely not a post.
    static let maximumBytes = 10 * 1024 * 1024

    /// Reads and decodes `path`.
    /// - Throws: ``BijakFailure`` with exit 66 when the file is missing or unreadable, 65 when it is too large or
    ///   not UTF-8.
    static func read(file path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw BijakFailure.noInput("berkas tidak ditemukan / file not found: \(path)")
        }
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw BijakFailure.noInput("berkas tidak dapat dibaca / file cannot be read: \(path)")
        }
        defer { try? handle.close() }
        return try decode(readLimited(handle), source: path)
    }

    /// Reads and decodes standard input. On a terminal, first tells the user how to end the text.
    static func readStandardInput() throws -> String {
        if Console.stdinIsTerminal {
            Console.err("Ketik atau tempel teks, akhiri dengan Ctrl-D. / Type or paste the text, end with Ctrl-D.")
        }
        return try decode(readLimited(FileHandle.standardInput), source: "stdin")
    }

    /// Reads at most one byte more than the limit, so a huge input is refused without being held in memory.
    private static func readLimited(_ handle: FileHandle) throws -> Data {
        var data = Data()
        while data.count <= maximumBytes {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw BijakFailure.noInput("masukan tidak dapat dibaca / input cannot be read: \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { return data }
            data.append(chunk)
        }
        throw BijakFailure.dataError(
            "teks lebih dari 10 MB, bukan sebuah unggahan / text larger than 10 MB is not a post")
    }

    /// Decodes strictly: a post with broken bytes is reported, never silently repaired, because repaired text
    /// would shift the evidence offsets the user sees.
    private static func decode(_ data: Data, source: String) throws -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            throw BijakFailure.dataError("\(source): bukan UTF-8 yang sah / not valid UTF-8")
        }
        // The newline that ends a file or an `echo` is not part of the post; trimming at the end moves no offset.
        while text.hasSuffix("\n") || text.hasSuffix("\r\n") { text.removeLast() }
        return text
    }
}
