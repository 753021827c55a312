import Testing
import PropertyBased
@testable import BijakCore

/// Whatever the text, the engine answers: no crash, evidence inside the text, the same verdict twice.
@Suite struct EnginePropertyTests {
    let engine = TestSupport.engine

    @Test func randomUnicodeNeverCrashesAndEvidenceStaysInside() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(4 * 0x10FFFF)).array(of: 0...80)) { picks in
            let text = NormalizationPropertyTests.randomText(picks)
            for action in PostAction.allCases {
                let verdict = engine.check(Post(text: text, action: action, target: Post(text: text)))
                let count = text.unicodeScalars.count
                for finding in verdict.findings {
                    #expect((0...1).contains(finding.score))
                    for evidence in finding.evidence where evidence.field == "text" {
                        #expect(evidence.start >= 0 && evidence.start <= evidence.end && evidence.end <= count)
                    }
                }
            }
        }
    }

    @Test func verdictsAreDeterministic() {
        for example in LabelledPost.all.prefix(60) {
            #expect(engine.check(example.post) == engine.check(example.post))
        }
    }

    @Test func evidenceTextIsTheOriginalSliceOrAMask() {
        for example in LabelledPost.all where !example.expected.isEmpty {
            let scalars = Array(example.text.unicodeScalars)
            for finding in engine.check(example.post).findings {
                for evidence in finding.evidence where evidence.field == "text" {
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[evidence.start..<evidence.end])
                    #expect(evidence.text == String(slice) || evidence.text.contains("*"))
                }
            }
        }
    }

    @Test func hugePostsAndControlCharactersGetAVerdict() {
        let megabyte = String(repeating: "Bendera merah putih cocoknya buat lap kaki. ", count: 24_000)
        #expect(megabyte.utf8.count > 1_000_000)
        let verdict = engine.check(Post(text: megabyte))
        #expect(verdict.findings.contains { $0.rule == "DJPAS-5" })
        let controls = "\u{0}\u{7}\u{1B}[31m\u{202E}Pancasila\u{202C} \u{200B}cuma\u{2066} alat penguasa, diganti khilafah!"
        #expect(engine.check(Post(text: controls)).findings.first?.rule == "DJPAS-1")
        #expect(engine.check(Post(text: "")).decision == .allow)
        #expect(engine.check(Post(text: "", action: .like)).decision == .allow)
    }

    @Test func personalIdentifiersAreMaskedInEvidence() {
        let text = "Data napi baru: NIK 3174094508900003, kamar 14 blok C"
        let verdict = engine.check(Post(text: text))
        let start = Array(text.unicodeScalars).firstIndex(of: "3")!
        let evidence = verdict.findings.flatMap(\.evidence).filter { $0.start == start }
        #expect(!evidence.isEmpty)
        #expect(evidence.allSatisfy { $0.text == "3174********0003" })
    }
}
