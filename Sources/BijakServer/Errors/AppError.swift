import BijakCore
import Vapor

/// Every error the server reports on purpose, with a stable code for API clients and one message per language.
///
/// Messages are built in one switch so that codes and wording stay together.
enum AppError: Error, Equatable, Sendable {
    case payloadTooLarge(limit: Int)
    case invalidJSON
    case invalidUTF8
    case unsupportedMediaType
    case unknownAction
    case invalidField(String)
    case unauthorized
    case invalidToken
    case forbidden
    case notFound
    case rateLimited(retryAfter: Int64)
    case signInThrottled(retryAfter: Int64)
    case csrfFailed
    case invalidForm(String)
    case badRequest
    case methodNotAllowed
    /// Someone else changed the record first (a review item claimed or decided by another reviewer).
    case conflict
    case internalError

    /// The stable code API clients branch on.
    var code: String {
        switch self {
        case .payloadTooLarge: return "payload_too_large"
        case .invalidJSON: return "invalid_json"
        case .invalidUTF8: return "invalid_utf8"
        case .unsupportedMediaType: return "unsupported_media_type"
        case .unknownAction: return "unknown_action"
        case .invalidField: return "invalid_field"
        case .unauthorized: return "unauthorized"
        case .invalidToken: return "invalid_token"
        case .forbidden: return "forbidden"
        case .notFound: return "not_found"
        case .rateLimited: return "rate_limited"
        case .signInThrottled: return "sign_in_throttled"
        case .csrfFailed: return "csrf_failed"
        case .invalidForm: return "invalid_form"
        case .badRequest: return "bad_request"
        case .methodNotAllowed: return "method_not_allowed"
        case .conflict: return "conflict"
        case .internalError: return "internal_error"
        }
    }

    var status: HTTPResponseStatus {
        switch self {
        case .payloadTooLarge: return .payloadTooLarge
        case .invalidJSON, .invalidUTF8, .invalidForm, .badRequest: return .badRequest
        case .methodNotAllowed: return .methodNotAllowed
        case .conflict: return .conflict
        case .unsupportedMediaType: return .unsupportedMediaType
        case .unknownAction, .invalidField: return .unprocessableEntity
        case .unauthorized, .invalidToken: return .unauthorized
        case .forbidden, .csrfFailed: return .forbidden
        case .notFound: return .notFound
        case .rateLimited, .signInThrottled: return .tooManyRequests
        case .internalError: return .internalServerError
        }
    }

    /// The message, Indonesian or English. Never contains the user's text.
    func message(_ language: Language) -> String {
        let (id, en) = texts
        return language == .english ? en : id
    }

    private var texts: (String, String) {
        switch self {
        case .payloadTooLarge(let limit):
            return ("Isi permintaan melebihi \(limit) bita.", "The request body exceeds \(limit) bytes.")
        case .invalidJSON:
            return ("Isi permintaan bukan JSON yang sah.", "The request body is not valid JSON.")
        case .invalidUTF8:
            return ("Isi permintaan bukan UTF-8 yang sah.", "The request body is not valid UTF-8.")
        case .unsupportedMediaType:
            return ("Kirim JSON (Content-Type: application/json).", "Send JSON (Content-Type: application/json).")
        case .unknownAction:
            let valid = PostAction.allCases.map(\.rawValue).joined(separator: ", ")
            return ("Tindakan tidak dikenal. Pilihan: \(valid).", "Unknown action. Valid: \(valid).")
        case .invalidField(let field):
            return ("Isian tidak sah: \(field).", "Invalid field: \(field).")
        case .unauthorized:
            return ("Perlu masuk atau token API.", "Sign-in or an API token is required.")
        case .invalidToken:
            return ("Token API tidak dikenal atau sudah dicabut.", "Unknown or revoked API token.")
        case .forbidden:
            return ("Anda tidak berwenang untuk ini.", "You are not allowed to do this.")
        case .notFound:
            return ("Tidak ditemukan.", "Not found.")
        case .rateLimited(let seconds):
            return ("Terlalu banyak permintaan; coba lagi dalam \(seconds) detik.",
                    "Too many requests; try again in \(seconds) seconds.")
        case .signInThrottled(let seconds):
            return ("Terlalu banyak percobaan masuk; coba lagi dalam \(seconds / 60 + 1) menit.",
                    "Too many sign-in attempts; try again in \(seconds / 60 + 1) minutes.")
        case .csrfFailed:
            return ("Formulir kedaluwarsa atau bukan dari Bijak; muat ulang halaman lalu coba lagi.",
                    "The form expired or did not come from Bijak; reload the page and try again.")
        case .invalidForm(let detail):
            return ("Formulir tidak lengkap: \(detail).", "The form is incomplete: \(detail).")
        case .badRequest:
            return ("Permintaan tidak sah.", "Bad request.")
        case .methodNotAllowed:
            return ("Metode tidak diizinkan untuk alamat ini.", "Method not allowed for this address.")
        case .conflict:
            return ("Data ini baru saja diubah orang lain; muat ulang halaman.",
                    "Someone else changed this just now; reload the page.")
        case .internalError:
            return ("Terjadi kesalahan di server.", "Something went wrong on the server.")
        }
    }

    /// Seconds to wait, for the `Retry-After` header.
    var retryAfter: Int64? {
        switch self {
        case .rateLimited(let seconds), .signInThrottled(let seconds): return max(seconds, 1)
        default: return nil
        }
    }
}
