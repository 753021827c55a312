/// Where a rule comes from: the regulation, its point, and its date.
public struct RuleSource: Codable, Hashable, Sendable {
    /// The document, e.g. "SE MenPAN-RB No. 137 Tahun 2018".
    public var document: String
    /// The point or article within it, e.g. "angka 8".
    public var point: String
    /// The date the document was issued or announced, ISO 8601 (`yyyy-MM-dd`).
    public var date: String
    /// False when no primary text was found and the point rests on secondary reports.
    public var confirmed: Bool
    /// A note about the source, e.g. where it was announced.
    public var note: LocalizedText?

    /// Creates a source.
    public init(document: String, point: String, date: String, confirmed: Bool = true, note: LocalizedText? = nil) {
        self.document = document
        self.point = point
        self.date = date
        self.confirmed = confirmed
        self.note = note
    }

    /// "document, point (date)", as verdicts, the command line and the rulebook pages cite it.
    public var citation: String { "\(document), \(point) (\(date))" }
}

/// Sanction guidance a rule points to (RULES.md section E). Bijak never applies a sanction; it only cites.
public struct SanctionGuidance: Codable, Hashable, Sendable {
    /// The ethics-code consequence (moral sanction after a hearing).
    public var ethics: LocalizedText
    /// The discipline level under PP 94/2021 that may be recommended: light, medium, heavy or "by_impact".
    public var discipline: String?
    /// A fuller explanation of the levels.
    public var note: LocalizedText?

    /// Creates sanction guidance.
    public init(ethics: LocalizedText, discipline: String? = nil, note: LocalizedText? = nil) {
        self.ethics = ethics
        self.discipline = discipline
        self.note = note
    }
}

/// A statutory provision a finding may touch (UU ITE as amended by UU 1/2024). Cited, never decided.
public struct LegalProvision: Codable, Hashable, Sendable {
    /// The law, e.g. "UU ITE (UU 1/2024)".
    public var law: String
    /// The article, e.g. "Pasal 28 ayat (2)".
    public var article: String
    /// What it prohibits.
    public var summary: LocalizedText

    /// Creates a provision.
    public init(law: String, article: String, summary: LocalizedText) {
        self.law = law
        self.article = article
        self.summary = summary
    }
}

/// Example posts that show what a rule covers and what it does not; used by the rulebook page and training.
public struct RuleExamples: Codable, Hashable, Sendable {
    /// Posts that violate the rule.
    public var violating: [String]
    /// Similar posts that do not.
    public var allowed: [String]

    /// Creates examples.
    public init(violating: [String] = [], allowed: [String] = []) {
        self.violating = violating
        self.allowed = allowed
    }
}
