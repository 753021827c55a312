/// A claim that fact-checkers found false: the claim's words (the article title), when, the verdict and where the
/// debunk is published.
public struct FactCheckClaim: Codable, Hashable, Sendable {
    /// The claim as the fact-checker titled it, e.g. "bahan vaksin dari darah babi".
    public var claim: String
    /// The debunk's date, `YYYY-MM-DD` (may be empty when unknown).
    public var date: String
    /// The fact-checker's verdict: `salah`, `hoaks`, `disinformasi`, `fitnah`, ...
    public var verdict: String
    /// The debunk's address.
    public var url: String
    /// Who published the debunk, e.g. `turnbackhoax.id`.
    public var source: String

    /// Creates a claim.
    public init(claim: String, date: String, verdict: String, url: String, source: String) {
        self.claim = claim
        self.date = date
        self.verdict = verdict
        self.url = url
        self.source = source
    }

    /// "Judul/Title — date — url", as shown in a finding's references.
    public var reference: String {
        [claim, date, url].filter { !$0.isEmpty }.joined(separator: " — ")
    }
}
