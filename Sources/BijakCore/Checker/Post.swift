/// What a user is about to publish or act on: the unit of checking.
public struct Post: Codable, Hashable, Sendable {
    /// The user's own words (may be empty for a like or a bare share).
    public var text: String
    /// What the user is doing.
    public var action: PostAction
    /// Captions and alternative texts of attached pictures and videos.
    public var media: [MediaItem]
    /// When, where and how.
    public var context: PostContext
    // Stored as an array so that the struct can contain a post of its own type.
    private var targetStorage: [Post]

    /// The content being shared, liked or commented on, itself a post.
    public var target: Post? {
        get { targetStorage.first }
        set { targetStorage = newValue.map { [$0] } ?? [] }
    }

    /// Creates a post.
    public init(text: String, action: PostAction = .post, target: Post? = nil, media: [MediaItem] = [],
                context: PostContext = PostContext()) {
        self.text = text
        self.action = action
        self.media = media
        self.context = context
        self.targetStorage = target.map { [$0] } ?? []
    }

    private enum CodingKeys: String, CodingKey { case text, action, target, media, context }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
        action = try container.decodeIfPresent(PostAction.self, forKey: .action) ?? .post
        media = try container.decodeIfPresent([MediaItem].self, forKey: .media) ?? []
        context = try container.decodeIfPresent(PostContext.self, forKey: .context) ?? PostContext()
        // A target may be given as a bare string (its text) or as a full post.
        if let targetText = try? container.decodeIfPresent(String.self, forKey: .target) {
            targetStorage = [Post(text: targetText)]
        } else if let targetPost = try container.decodeIfPresent(Post.self, forKey: .target) {
            targetStorage = [targetPost]
        } else {
            targetStorage = []
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(action, forKey: .action)
        if !media.isEmpty { try container.encode(media, forKey: .media) }
        try container.encode(context, forKey: .context)
        try container.encodeIfPresent(target, forKey: .target)
    }
}
