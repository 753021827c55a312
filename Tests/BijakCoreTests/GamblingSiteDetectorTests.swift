import Foundation
import Testing
@testable import BijakCore

/// Gambling site names recognised by shape, and the everyday words of the same shape that are not.
@Suite struct GamblingSiteShapeTests {
    @Test(arguments: ["p4ndor4toto", "sultan88", "hoki777", "gacor303", "visi4d", "vikingtoto", "sahabatqq"])
    func siteNamesAreFound(_ word: String) {
        #expect(GamblingSiteDetector.siteName(word) != nil)
    }

    @Test(arguments: ["alfabet", "Tebet", "covid19", "erwin", "aseeqqqq", "fototo", "2024", "ps5", "jam12", "b0la"])
    func ordinaryWordsAreNot(_ word: String) {
        #expect(GamblingSiteDetector.siteName(word) == nil)
    }

    @Test func anObfuscatedSiteInAPromotionIsFlagged() {
        let verdict = TestSupport.engine.check(Post(text: "yg butuh tambahan cobain j*di b0la di p4ndor4toto, gw udh jp 3x bulan ini 💸"))
        #expect(verdict.findings.contains { $0.rule == "SE137-8" })
    }
}
