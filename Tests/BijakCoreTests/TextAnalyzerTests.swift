import Testing
@testable import BijakCore

@Suite struct TextAnalyzerTests {
    let analyzer = TestSupport.plainAnalyzer

    @Test(arguments: [
        ("BANGSAAAAT", "bangsat"),
        ("c1na", "cina"),
        ("b@bi", "babi"),
        ("b a b i", "babi"),
        ("b.a.b.i", "babi"),
        ("b-a-b-i", "babi"),
        ("b😀a😀b😀i", "babi"),
        ("ｂａｂｉ", "babi"),
        ("𝐛𝐚𝐛𝐢", "babi"),
        ("ⓑⓐⓑⓘ", "babi"),
        ("b\u{200B}a\u{200B}b\u{200B}i", "babi"),
        ("b\u{202E}abi", "babi"),
        ("bаbі", "babi"),          // Cyrillic а and і
        ("gk", "tidak"),
        ("krn", "karena"),
        ("rumáh", "rumah"),
        ("saat", "saat"),
        ("covid19", "covid19"),
    ])
    func normalisesDisguisedWords(input: String, expected: String) {
        #expect(analyzer.normalize(input) == expected)
    }

    @Test func splitsHashtagsByCaseAndDictionary() {
        let camel = analyzer.analyze("#GantiPresiden").terms.map(\.text)
        #expect(camel == ["ganti", "presiden"])
        let lower = analyzer.analyze("#2019gantipresiden").terms.map(\.text)
        #expect(lower == ["2019", "ganti", "presiden"])
    }

    @Test func keepsTokenKindsAndOriginalSpans() {
        let text = "Halo @budi_s, cek https://turnbackhoax.id/x ya 😀 #BijakBermedsos 2025"
        let analysis = analyzer.analyze(text)
        let kinds = analysis.tokens.map(\.kind)
        #expect(kinds == [.word, .mention, .word, .url, .word, .emoji, .hashtag, .number])
        for token in analysis.tokens {
            #expect(token.span.end <= text.unicodeScalars.count)
        }
        let mention = analysis.tokens[1]
        #expect(analysis.excerpt(mention.span) == "@budi_s")
        let emoji = analysis.tokens[5]
        #expect(analysis.excerpt(emoji.span) == "😀")
        #expect(analysis.terms.contains { $0.kind == .emoji && $0.text == "😀" })
        let url = analysis.terms.first { $0.kind == .url }
        #expect(url?.text == "turnbackhoax")
    }

    @Test func spansPointIntoTheOriginalDespiteInvisibleCharacters() {
        let text = "x\u{200B}\u{200B}y BANGSAAAT!"
        let analysis = analyzer.analyze(text)
        let term = analysis.terms.first { $0.text == "bangsat" }
        #expect(term != nil)
        #expect(analysis.excerpt(term!.span) == "BANGSAAAT")
    }

    @Test func slangMayExpandToSeveralTermsSharingOneSpan() {
        let analysis = analyzer.analyze("lapas")
        #expect(analysis.terms.count >= 1)
        #expect(analysis.terms.allSatisfy { analysis.excerpt($0.span) == "lapas" })
    }

    @Test(arguments: ["", "   ", "\u{0}\u{1}\u{7F}", String(repeating: "!", count: 1000), "\u{FEFF}"])
    func emptyOrInvisibleInputGivesNoTerms(input: String) {
        #expect(analyzer.analyze(input).terms.isEmpty)
    }

    @Test func recognisesEmailsAndBareDomains() {
        let analysis = analyzer.analyze("kirim ke budi.santoso@kemenkumham.go.id atau cek cekfakta.com")
        #expect(analysis.tokens.contains { $0.kind == .email })
        #expect(analysis.terms.contains { $0.kind == .url && $0.text == "cekfakta" })
    }
}
