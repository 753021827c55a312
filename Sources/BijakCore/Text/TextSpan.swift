/// A half-open range of Unicode scalar offsets in the ORIGINAL text a user wrote.
///
/// Offsets count Unicode scalars, not bytes or grapheme clusters, so that every client (Swift, JavaScript via
/// `Array.from`, Python strings) can cut out exactly the same characters.
public struct TextSpan: Codable, Hashable, Sendable, Comparable {
    /// First scalar of the span.
    public var start: Int
    /// One past the last scalar of the span.
    public var end: Int

    /// Creates a span; `end` is raised to `start` if smaller.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// Whether two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(start: min(start, other.start), end: max(end, other.end))
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
