import BijakCore
import Foundation

/// One line of a JSONL file: `{"id": ..., "text": ..., "action"?, "target"?, "context"?, "media"?}`.
///
/// Decoding throws ``Problem`` with a message a user can act on, rather than a raw `DecodingError`.
struct JSONLRecord: Decodable {
    /// Why a line was refused (bilingual).
    struct Problem: Error {
        var message: String
    }

    var id: ScanID?
    var post: Post

    private enum Keys: String, CodingKey { case id, text, action, target, context, media }

    init(from decoder: Decoder) throws {
        guard let container = try? decoder.container(keyedBy: Keys.self) else {
            throw Problem(message: "bukan objek JSON / not a JSON object")
        }
        id = try Self.decodeID(container)
        guard container.contains(.text) else { throw Problem(message: "`text` tidak ada / `text` is missing") }
        guard let text = try? container.decode(String.self, forKey: .text) else {
            throw Problem(message: "`text` harus berupa string / `text` must be a string")
        }
        var action = PostAction.post
        if container.contains(.action), (try? container.decodeNil(forKey: .action)) != true {
            guard let name = try? container.decode(String.self, forKey: .action) else {
                throw Problem(message: "`action` harus berupa string / `action` must be a string")
            }
            guard let parsed = PostAction(userInput: name) else {
                throw Problem(message: "tindakan tidak dikenal / unknown action: \"\(name)\" "
                              + "(pilihan / valid: \(PostActionNames.valid))")
            }
            action = parsed
        }
        // A target is its text alone, or a whole post.
        let target = try (try? container.decodeIfPresent(String.self, forKey: .target)).map { Post(text: $0) }
            ?? Self.decodePart(Post.self, container, .target, name: "target")
        let context = try Self.decodePart(PostContext.self, container, .context, name: "context")
        let media = try Self.decodePart([MediaItem].self, container, .media, name: "media")
        post = Post(text: text, action: action, target: target, media: media ?? [], context: context ?? PostContext())
    }

    private static func decodeID(_ container: KeyedDecodingContainer<Keys>) throws -> ScanID? {
        guard container.contains(.id), (try? container.decodeNil(forKey: .id)) != true else { return nil }
        if let value = try? container.decode(String.self, forKey: .id) { return .string(value) }
        if let value = try? container.decode(Int.self, forKey: .id) { return .integer(value) }
        if let value = try? container.decode(Double.self, forKey: .id) { return .number(value) }
        throw Problem(message: "`id` harus string atau angka / `id` must be a string or a number")
    }

    /// Decodes an optional part, turning the decoder's error into the part's name and its reason
    /// (for a bad time: "time must be ISO 8601 with a zone ...").
    private static func decodePart<T: Decodable>(_ type: T.Type, _ container: KeyedDecodingContainer<Keys>,
                                                 _ key: Keys, name: String) throws -> T? {
        do {
            return try container.decodeIfPresent(type, forKey: key)
        } catch let error as DecodingError {
            throw Problem(message: "`\(name)` tidak sah / invalid `\(name)`: \(Self.reason(error))")
        }
    }

    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        case .keyNotFound(let key, _):
            return "`\(key.stringValue)` tidak ada / is missing"
        @unknown default:
            return "\(error)"
        }
    }

    /// Parses one line's bytes.
    static func parse(_ bytes: ArraySlice<UInt8>, line: Int, decoder: JSONDecoder) -> Result<ScanRecord, LineProblem> {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(LineProblem(line: line, message: "bukan UTF-8 yang sah / not valid UTF-8"))
        }
        do {
            let record = try decoder.decode(JSONLRecord.self, from: Data(bytes))
            return .success(ScanRecord(id: record.id ?? .integer(line), line: line, post: record.post))
        } catch let problem as Problem {
            return .failure(LineProblem(line: line, message: problem.message))
        } catch {
            return .failure(LineProblem(line: line, message: "JSON tidak sah / invalid JSON"))
        }
    }
}
