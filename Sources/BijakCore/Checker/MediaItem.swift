/// A picture or video attached to a post, described by its caption and alternative text.
public struct MediaItem: Codable, Hashable, Sendable {
    /// The caption shown with the media.
    public var caption: String?
    /// The alternative text describing what the media shows (e.g. "foto bersama calon X, pose dua jari").
    public var altText: String?

    /// Creates a media description.
    public init(caption: String? = nil, altText: String? = nil) {
        self.caption = caption
        self.altText = altText
    }

    private enum CodingKeys: String, CodingKey { case caption, altText = "alt_text" }
}
