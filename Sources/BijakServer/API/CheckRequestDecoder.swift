import BijakCore
import Foundation
import Vapor

/// Reads the body of `POST /api/v1/check` into a `Post`, refusing bad input with a precise, stable error code.
///
/// The body is the post as `bijak scan` reads a JSONL line: `text`, optional `action`, `target` (text or a post),
/// `context` and `media`.
enum CheckRequestDecoder {
    static func post(from request: Request) throws -> Post {
        if let type = request.headers.contentType, type != .json {
            throw AppError.unsupportedMediaType
        }
        guard let buffer = request.body.data, buffer.readableBytes > 0 else { throw AppError.invalidJSON }
        let bytes = buffer.readableBytesView
        guard String(validating: bytes, as: UTF8.self) != nil else { throw AppError.invalidUTF8 }
        do {
            return try JSONDecoder().decode(Post.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw appError(for: error)
        }
    }

    /// The client's mistake in API terms: an unknown action gets its own code because clients meet it most.
    static func appError(for error: DecodingError) -> AppError {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return .invalidJSON
        case .dataCorrupted(let context) where context.codingPath.last?.stringValue == "action":
            return .unknownAction
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
             .keyNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return .invalidField(path.isEmpty ? "body" : path)
        @unknown default:
            return .invalidJSON
        }
    }
}
