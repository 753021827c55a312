import Vapor

extension Request {
    /// The largest body this request may carry: the import upload's own limit (``ImportSettings/maxUploadBytes``)
    /// for a POST to the upload page, `default` for everything else.
    func bodyLimit(default limit: Int) -> Int {
        guard method == .POST, url.path == ImportPageController.uploadPath else { return limit }
        return max(limit, application.importSettings.maxUploadBytes)
    }
}
