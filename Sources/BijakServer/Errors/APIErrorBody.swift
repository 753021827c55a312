import Vapor

/// The JSON body of every API error: `{"code": "...", "message": "..."}`.
struct APIErrorBody: Content {
    var code: String
    var message: String
}
