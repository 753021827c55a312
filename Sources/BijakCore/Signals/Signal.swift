/// One piece of evidence a detector found: a named signal with a strength and where it is in the text.
///
/// Signals are the currency between detectors and rules. A lexicon match (`hostility`), a validated NIK
/// (`personal_identifier`), a model score (`hatespeech.HS`), the post's context (`context.live`) and a finding in
/// the post being shared (`target.DJPAS-2`) are all signals; rules combine them by name.
public struct Signal: Hashable, Sendable {
    /// The signal's name, matched by rule conditions.
    public var name: String
    /// Strength in 0...1 (a lexicon term's weight, a model probability, 1 for context facts).
    public var score: Double
    /// Where in the original text the evidence is; empty for context and whole-text signals.
    public var spans: [TextSpan]
    /// Word positions covered (indexes into the analysed terms), used for proximity between signals.
    public var termRange: Range<Int>?
    /// What produced the signal, for the user's explanation: `lexicon:hostility`, `detector:nik`, `model:hatespeech`.
    public var origin: String
    /// The text to show as evidence when the raw text must not be shown (personal identifiers are masked).
    public var maskedText: String?
    /// What exactly matched, e.g. the lexicon phrase `penjajah` or `NIK`; repeated details count once.
    public var detail: String?
    /// Which text of the post the spans refer to: `text`, `media[0].caption`, `media[0].alt_text`.
    public var field: String

    /// Creates a signal.
    public init(name: String, score: Double, spans: [TextSpan] = [], termRange: Range<Int>? = nil, origin: String,
                maskedText: String? = nil, detail: String? = nil, field: String = "text") {
        self.name = name
        self.score = min(1, max(0, score.isFinite ? score : 0))
        self.spans = spans
        self.termRange = termRange
        self.origin = origin
        self.maskedText = maskedText
        self.field = field
        self.detail = detail
    }
}
