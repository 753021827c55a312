import Foundation

/// The server's bundled files: templates (by directory), the stylesheet and the OpenAPI document (by content).
struct BundledAssets: Sendable {
    let viewsDirectory: String
    let stylesheet: String
    let openAPI: String

    /// Reads them from the module's resources.
    static func load() throws -> BundledAssets {
        guard let views = Bundle.module.url(forResource: "Views", withExtension: nil),
              let css = Bundle.module.url(forResource: "bijak", withExtension: "css", subdirectory: "Public"),
              let openAPI = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw AppError.internalError
        }
        return BundledAssets(viewsDirectory: views.path + "/",
                             stylesheet: try String(contentsOf: css, encoding: .utf8),
                             openAPI: try String(contentsOf: openAPI, encoding: .utf8))
    }
}
