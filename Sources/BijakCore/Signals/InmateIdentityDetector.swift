/// Finds a specific inmate's identity: a person's name close to a word for an inmate ("napi a.n. Hendra Wijaya",
/// "narapidana Joko Susilo", "tahanan ... Pak Suparman", "WBP inisial AR") and where an inmate is held
/// ("blok C kamar 12", "kamar 7 blok B", "(A-12)"). Raises `inmate_identity`.
///
/// Names are recognised by how they are written, not by a list: an explicit cue (`a.n.`, `atas nama`, `inisial`,
/// `bin`, `binti`, `alias`), an honorific (`pak`, `bu`, ...), or capitalised words that are not Indonesian words
/// and do not follow a place cue ("Lapas Muara Enim", "di Sorong" are places). Words for an inmate alone
/// ("45 WBP menerima remisi") are not an identity.
public struct InmateIdentityDetector: SignalDetector {
    /// The signal raised.
    public static let signalName = "inmate_identity"

    private static let inmateWords: Set<String> = ["napi", "narapidana", "tahanan", "wbp", "terpidana", "napiter", "andikpas",
                                                   "residivis", "tapol"]
    private static let inmateSecondWords: [String: String] = ["warga": "binaan", "anak": "binaan", "klien": "pemasyarakatan"]
    private static let nameCues: Set<String> = ["inisial", "bin", "binti", "alias", "inisialnya"]
    private static let honorifics: Set<String> = ["pak", "bapak", "bu", "ibu", "mas", "mbak", "bang", "abang", "koh", "cik",
                                                  "si", "sdr", "saudara", "saudari", "tuan", "nyonya"]
    private static let placeCues: Set<String> = ["di", "ke", "dari", "lembaga", "pemasyarakatan", "rutan", "lpka", "bapas", "kota",
                                                 "kabupaten", "kecamatan", "desa", "jalan", "jl", "pn", "polres", "polsek",
                                                 "kejari", "kanwil", "provinsi", "pulau", "kelas", "rumah", "tahanan", "negara"]
    /// Words for staff: a name right after one ("Kalapas kita, Pak Bambang") is an official's, not an inmate's.
    private static let staffWords: Set<String> = ["kalapas", "karutan", "kepala", "petugas", "sipir", "pegawai", "kplp", "karupam",
                                                  "dokter", "ustadz", "ustaz", "komandan", "danru", "staf", "rekan", "atasan",
                                                  "kasubsi", "kakanwil", "kanwil", "kita"]
    private static let cellWords: Set<String> = ["blok", "kamar", "sel", "wisma", "paviliun"]
    /// How many words around an inmate word a name or cell may be.
    static let window = 10

    private let knownWords: Set<String>

    /// Creates the detector; `knownWords` (root words, stopwords, lexicon words) are never taken for names.
    public init(knownWords: Set<String>) {
        self.knownWords = knownWords
    }

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        // The `inmate_term` lexicon finds the words for inmates; only texts with one are read further.
        for (field, finds) in input.fields(withFindsOf: "inmate_term", in: signals) {
            let analysis = field.analysis
            let terms = analysis.terms
            let anchors = inmateAnchors(finds, terms: terms)
            guard !anchors.isEmpty else { continue }
            var found: [(range: Range<Int>, score: Double, kind: String)] = []
            for anchor in anchors {
                let low = max(0, anchor - Self.window), high = min(terms.count, anchor + Self.window + 1)
                found += names(in: low..<high, anchor: anchor, analysis: analysis)
                found += cells(in: low..<high, terms: terms)
            }
            for item in found {
                let span = terms[item.range.lowerBound].span.union(terms[item.range.upperBound - 1].span)
                let text = item.range.map { terms[$0].text }.joined(separator: " ")
                signals.add(Signal(name: Self.signalName, score: item.score, spans: [span], termRange: item.range,
                                   origin: "detector:inmate_identity", detail: "\(item.kind):\(text)", field: field.name))
            }
        }
    }

    /// Positions of words for an inmate among the lexicon's finds ("tahanan" in "rumah tahanan" is the building).
    private func inmateAnchors(_ found: [Signal], terms: [Term]) -> [Int] {
        var anchors: [Int] = []
        for signal in found {
            guard let range = signal.termRange else { continue }
            for index in range where index < terms.count && !anchors.contains(index) {
                let text = terms[index].text
                if Self.inmateWords.contains(text), !(text == "tahanan" && index > 0 && terms[index - 1].text == "rumah") {
                    anchors.append(index)
                } else if index > 0, Self.inmateSecondWords[terms[index - 1].text] == text {
                    anchors.append(index)
                }
            }
        }
        return anchors
    }

    private func names(in window: Range<Int>, anchor: Int, analysis: AnalyzedText) -> [(range: Range<Int>, score: Double, kind: String)] {
        let terms = analysis.terms
        var result: [(range: Range<Int>, score: Double, kind: String)] = []
        var index = window.lowerBound
        while index < window.upperBound {
            let term = terms[index]
            // "a.n." / "an." / "atas nama" / "inisial" / "bin" followed by a capitalised word.
            var cueEnd: Int?
            if Self.nameCues.contains(term.text) || term.raw.map(Self.nameCues.contains) == true { cueEnd = index + 1 }
            if term.text == "atas", index + 1 < terms.count, terms[index + 1].text == "nama" { cueEnd = index + 2 }
            if term.text == "a" || term.text == "an", isAbbreviatedAtasNama(analysis, at: index) { cueEnd = index + (terms[index].text == "a" ? 2 : 1) }
            if let start = cueEnd, start < terms.count, isCapitalised(analysis, terms[start]) {
                let end = nameEnd(analysis, from: start, allowKnown: true)
                result.append((index..<end, 0.9, "name"))
                index = end
                continue
            }
            if Self.honorifics.contains(term.text), index + 1 < terms.count, terms[index + 1].kind == .word,
               isCapitalised(analysis, terms[index + 1]), abs(index - anchor) <= 6,
               !(max(0, index - 3)..<index).contains(where: { Self.staffWords.contains(terms[$0].text) }) {
                let end = nameEnd(analysis, from: index + 1, allowKnown: true)
                result.append((index..<end, 0.8, "name"))
                index = end
                continue
            }
            // Capitalised words that are not Indonesian words: right after the inmate word, or two in a row.
            if term.kind == .word, isCapitalised(analysis, term), !isKnown(term), !isAcronym(analysis, term),
               index == 0 || !Self.placeCues.contains(terms[index - 1].text) {
                let end = nameEnd(analysis, from: index, allowKnown: false)
                if index == anchor + 1 || end - index >= 2 {
                    result.append((index..<end, index == anchor + 1 ? 0.8 : 0.75, "name"))
                }
                index = max(end, index + 1)
                continue
            }
            index += 1
        }
        return result
    }

    /// "blok C kamar 12", "kamar 7 blok B", "sel 3", and codes such as "A-12" or "C/12".
    private func cells(in window: Range<Int>, terms: [Term]) -> [(range: Range<Int>, score: Double, kind: String)] {
        var result: [(range: Range<Int>, score: Double, kind: String)] = []
        var index = window.lowerBound
        while index < window.upperBound {
            let term = terms[index]
            if Self.isCellCode(term.text) {
                result.append((index..<(index + 1), 0.75, "cell"))
                index += 1
                continue
            }
            guard Self.cellWords.contains(term.text), index + 1 < terms.count, Self.isCellLabel(terms[index + 1].text) else {
                index += 1
                continue
            }
            var end = index + 2
            var parts = 1
            if end + 1 < terms.count, Self.cellWords.contains(terms[end].text), terms[end].text != term.text,
               Self.isCellLabel(terms[end + 1].text) {
                end += 2
                parts = 2
            }
            // "blok C kamar 12" pins one place; "sel 5" or "kamar 12" nearly so; "blok D" is a wing.
            let numbered = terms[end - 1].text.first?.isNumber == true
            result.append((index..<end, parts == 2 ? 0.8 : (numbered ? 0.6 : 0.5), "cell"))
            index = end
        }
        return result
    }

    /// A block or room label: a number, or one letter (optionally with a number: "c2").
    static func isCellLabel(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 3 else { return false }
        if text.allSatisfy(\.isNumber) { return true }
        guard let first = text.first, first.isLetter, first.isASCII else { return false }
        return text.count == 1 || text.dropFirst().allSatisfy(\.isNumber)
    }

    /// "a-12", "c/12", "b.3": one letter, a separator, a number.
    static func isCellCode(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3, scalars.count <= 5, scalars[0].properties.isAlphabetic, scalars[0].isASCII,
              scalars[1] == "-" || scalars[1] == "/" || scalars[1] == "." else { return false }
        return scalars[2...].allSatisfy { $0.value >= 48 && $0.value <= 57 }
    }

    private func nameEnd(_ analysis: AnalyzedText, from start: Int, allowKnown: Bool) -> Int {
        var end = start
        let terms = analysis.terms
        // A name runs on over capitalised words, but an acronym after it ("Budi Santoso NIK ...") is not part of it.
        while end < terms.count, end - start < 4, terms[end].kind == .word, isCapitalised(analysis, terms[end]),
              allowKnown || !isKnown(terms[end]), end == start || !isAcronym(analysis, terms[end]) {
            // Words of one original token (slang expansions) advance together.
            let token = terms[end].tokenIndex
            while end < terms.count, terms[end].tokenIndex == token { end += 1 }
        }
        return max(end, start + 1)
    }

    private func isAbbreviatedAtasNama(_ analysis: AnalyzedText, at index: Int) -> Bool {
        let terms = analysis.terms
        // "a.n." is read as the words "a" and "n" (the slang map makes "n" "dan"); "an." stays "an".
        let excerpt = analysis.excerpt(TextSpan(start: terms[index].span.start,
                                                end: index + 1 < terms.count ? terms[index + 1].span.end : terms[index].span.end))
        let compact = excerpt.lowercased().filter { !$0.isWhitespace }
        return compact.hasPrefix("a.n.") || compact == "a.n" || (terms[index].text == "an" && excerpt.lowercased().hasPrefix("an."))
    }

    private func isCapitalised(_ analysis: AnalyzedText, _ term: Term) -> Bool {
        guard term.span.start < analysis.originalScalars.count else { return false }
        return analysis.originalScalars[term.span.start].properties.isUppercase
    }

    private func isAcronym(_ analysis: AnalyzedText, _ term: Term) -> Bool {
        let text = analysis.excerpt(term.span)
        return text.count <= 5 && text.unicodeScalars.filter(\.properties.isAlphabetic).allSatisfy(\.properties.isUppercase)
    }

    private func isKnown(_ term: Term) -> Bool {
        knownWords.contains(term.text) || term.raw.map(knownWords.contains) == true || knownWords.contains(term.stem)
            || term.text.count <= 2
    }
}
