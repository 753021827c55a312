/// Reduces an Indonesian word to its root ("menghancurkan" -> "hancur"), so lexicons can list roots.
public protocol Stemming: Sendable {
    /// The root of a lower-case word; returns the word itself when it has no known root.
    func stem(_ word: String) -> String
}
