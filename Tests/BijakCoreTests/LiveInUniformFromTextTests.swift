import Foundation
import Testing
@testable import BijakCore

/// A live stream in uniform described in the post's own words, not only through the check form's toggles.
@Suite struct LiveInUniformFromTextTests {
    let engine = TestSupport.engine

    @Test(arguments: ["live tiktok dulu gaes pake PDH lengkap sambil karaoke, yg mau request komen ya",
                      "nanti malem gw live bigo ya, pake baju dinas biar beda, saweran diterima",
                      "Lagi live IG nih abis apel, masih pake seragam biru, sambil jualan skincare"])
    func describedLiveInUniformIsFlagged(_ text: String) {
        #expect(engine.check(Post(text: text)).findings.contains { $0.rule == "DJPAS-7" })
    }

    @Test(arguments: ["Live IG resmi Humas Lapas: sosialisasi layanan kunjungan, petugas berseragam lengkap menjawab pertanyaan",
                      "live tiktok dulu gaes sambil karaoke, baju santai aja",
                      "Apel pagi pakai seragam PDH lengkap, semangat melayani",
                      "nonton live music di kafe, seru banget"])
    func officialOrPartialDescriptionsAreAllowed(_ text: String) {
        #expect(!engine.check(Post(text: text)).findings.contains { $0.rule == "DJPAS-7" })
    }
}
