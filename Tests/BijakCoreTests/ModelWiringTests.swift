import Testing
@testable import BijakCore

/// With models asked for, their scores become signals, verdicts name the model versions, and a model alone never
/// makes a finding.
@Suite struct ModelWiringTests {
    static let withModels: BijakEngine = {
        do { return try EngineLoader.load(models: .bundled).engine } catch { fatalError("engine with models: \(error)") }
    }()

    @Test func modelScoresBecomeSignalsAndVerdictsNameTheModels() {
        let post = Post(text: "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini")
        let signals = Self.withModels.signals(for: post)
        #expect(signals.strength(of: "hatespeech.HS") > 0)
        #expect(signals.instances(of: "hatespeech.HS").allSatisfy { $0.origin == "model:hatespeech" })
        let verdict = Self.withModels.check(post)
        #expect(Set(verdict.modelVersions.keys) == ["hatespeech", "content", "gambling"])
        #expect(verdict.findings.first?.rule == "DJPAS-2")
        #expect(TestSupport.engine.check(post).modelVersions.isEmpty)
    }

    @Test func aBenignPostStaysAllowedWithModels() {
        for text in ["Selamat Hari Raya Natal bagi umat Kristiani", "Waspada hoaks: pesan berantai soal pembebasan napi itu tidak benar, cek di turnbackhoax.id"] {
            #expect(Self.withModels.check(Post(text: text)).decision == .allow)
        }
    }
}
