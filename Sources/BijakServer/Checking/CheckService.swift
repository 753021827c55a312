import BijakCore
import Vapor

/// Runs the engine for the web page and the API alike, and counts the verdict. Holds nothing of the post.
enum CheckService {
    /// Checks `post` in the request's language.
    static func check(_ post: Post, on request: Request) -> Verdict {
        let verdict = request.bijak.engine.check(post, language: request.language)
        request.bijak.metrics.recordVerdict(verdict.decision)
        return verdict
    }

    /// JSON as `bijak check --json` prints it: keys sorted, slashes unescaped.
    static func encodeJSON<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
