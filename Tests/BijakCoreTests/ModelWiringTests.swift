import Testing
@testable import BijakCore

/// The shipped engine scores posts with the models: their scores become signals, verdicts name the model versions,
/// and a model alone never makes a finding.
@Suite struct ModelWiringTests {
    static let withModels = TestSupport.engine
    static let lexiconOnly: BijakEngine = {
        do { return try EngineLoader.load(models: .none).engine } catch { fatalError("engine: \(error)") }
    }()

    @Test func modelScoresBecomeSignalsAndVerdictsNameTheModels() {
        let post = Post(text: "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini")
        let signals = Self.withModels.signals(for: post)
        #expect(signals.strength(of: "hatespeech.HS") > 0)
        #expect(signals.instances(of: "hatespeech.HS").allSatisfy { $0.origin == "model:hatespeech" })
        let verdict = Self.withModels.check(post)
        #expect(Set(verdict.modelVersions.keys) == ["hatespeech", "content", "gambling", "violations"])
        #expect(verdict.findings.first?.rule == "DJPAS-2")
        #expect(Self.lexiconOnly.check(post).modelVersions.isEmpty)
        #expect(Self.lexiconOnly.signals(for: post).strength(of: "hatespeech.HS") == 0)
    }

    @Test func aBenignPostStaysAllowedWithModels() {
        for text in ["Selamat Hari Raya Natal bagi umat Kristiani", "Waspada hoaks: pesan berantai soal pembebasan napi itu tidak benar, cek di turnbackhoax.id"] {
            #expect(Self.withModels.check(Post(text: text)).decision == .allow)
        }
    }
}
