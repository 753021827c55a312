import Testing
import PropertyBased
@testable import BijakCore

/// Invariants of the text pipeline that must hold for any input, not only the examples we thought of.
@Suite struct NormalizationPropertyTests {
    let analyzer = TestSupport.plainAnalyzer

    /// Scalars that stress the pipeline: leetspeak, separators, invisible and bidi controls, combining marks,
    /// emoji and flags, full-width and mathematical letters, case-mapping oddities, control characters.
    static let trickyScalars: [UInt32] = Array(" .-_#@$!*'".unicodeScalars.map(\.value))
        + [0x200B, 0x202E, 0xFEFF, 0x0301, 0x1F600, 0x1F1EE, 0x1F1E9, 0xFF41, 0x1D41B, 0x24D2, 0x0130, 0x00DF, 0xFB01, 0x0, 0x0A, 0x09]

    /// Random strings of letters, digits, tricky scalars and arbitrary scalars.
    static func randomText(_ picks: [Int]) -> String {
        var view = String.UnicodeScalarView()
        for pick in picks {
            let kind = pick % 4
            let value = pick / 4
            switch kind {
            case 0: view.append(Unicode.Scalar(UInt8(97 + value % 26)))
            case 1: view.append(Unicode.Scalar(UInt8(48 + value % 10)))
            case 2: view.append(Unicode.Scalar(trickyScalars[value % trickyScalars.count])!)
            default: view.append(Unicode.Scalar(UInt32(value % 0x10FFFF)) ?? "?")
            }
        }
        return String(view)
    }

    @Test func normalisingTwiceEqualsOnce() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...(4 * 0x10FFFF)).array(of: 0...60)) { picks in
            let text = Self.randomText(picks)
            let once = analyzer.normalize(text)
            #expect(analyzer.normalize(once) == once)
        }
    }

    @Test func everySpanLiesInsideTheText() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...(4 * 0x10FFFF)).array(of: 0...60)) { picks in
            let text = Self.randomText(picks)
            let analysis = analyzer.analyze(text)
            let count = text.unicodeScalars.count
            for token in analysis.tokens {
                #expect(token.span.start >= 0 && token.span.start <= token.span.end && token.span.end <= count)
            }
            for term in analysis.terms {
                #expect(term.span.start >= 0 && term.span.start <= term.span.end && term.span.end <= count)
            }
        }
    }
}
