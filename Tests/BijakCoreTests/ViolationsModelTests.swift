import Foundation
import Testing
@testable import BijakCore

/// The `violations` model raises findings the lexicons miss: for review only, with the words it rests on, never on a
/// few words alone, and less outside a campaign for neutrality.
@Suite struct ViolationsModelTests {
    static let engine = TestSupport.engine
    static let lexiconOnly: BijakEngine = {
        do { return try EngineLoader.load(models: .none).engine } catch { fatalError("engine: \(error)") }
    }()

    /// An offer to arrange extra visits through someone inside, in words no lexicon lists.
    static let offer = "siapa mau keluarganya cepet dpt jatah besuk tambahan, sy kenal yg pegang jadwal, nanti kita atur, tau sama tau lah"

    @Test func aModelFindingAsksForReviewAndShowsItsWords() throws {
        #expect(Self.lexiconOnly.check(Post(text: Self.offer)).decision == .allow)
        let verdict = Self.engine.check(Post(text: Self.offer))
        #expect(verdict.decision == .review)
        let finding = try #require(verdict.findings.first { $0.rule == "SE137-4" })
        #expect(finding.score < DecisionPolicy().blockAt)
        // The evidence is a few whole words of the post, cut out by their spans.
        #expect(!finding.evidence.isEmpty && finding.evidence.count <= ModelEvidence.maxSpans)
        let words = Set(Self.offer.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        for evidence in finding.evidence {
            #expect(words.contains(evidence.text), "\(evidence.text)")
        }
    }

    @Test func aFewWordsAreNotJudgedByTheModel() {
        let signals = Self.engine.signals(for: Post(text: "mantap, lanjutkan 💪"))
        #expect(signals.instances(of: "violations.neutrality").isEmpty)
        #expect(signals.instances(of: "hatespeech.HS").count == 1)
        let longer = Self.engine.signals(for: Post(text: Self.offer))
        #expect(longer.instances(of: "violations.position_misuse").count == 1)
    }

    @Test func campaignTimeIsKnownEitherWay() {
        let during = Self.engine.signals(for: Post(text: "salam dua jari", context: PostContext(time: ElectionAndDutyTests.date("2024-01-20T10:00:00+07:00"))))
        let after = Self.engine.signals(for: Post(text: "salam dua jari", context: PostContext(time: ElectionAndDutyTests.date("2025-06-01T10:00:00+07:00"))))
        let unknown = Self.engine.signals(for: Post(text: "salam dua jari"))
        #expect(during.strength(of: ElectionDetector.campaignPeriodSignal) == 1)
        #expect(during.strength(of: ElectionDetector.outsideCampaignSignal) == 0)
        #expect(after.strength(of: ElectionDetector.outsideCampaignSignal) == 1)
        #expect(unknown.strength(of: ElectionDetector.outsideCampaignSignal) == 0)
    }
}
