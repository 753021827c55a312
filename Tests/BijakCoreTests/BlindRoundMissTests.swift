import Foundation
import Testing
@testable import BijakCore

/// The misses the blind rounds found, each with the everyday sentence that must stay allowed next to it.
@Suite struct BlindRoundMissTests {
    let engine = TestSupport.engine

    func flags(_ rule: String, _ text: String) -> Bool {
        engine.check(Post(text: text)).findings.contains { $0.rule == rule || $0.related.contains(rule) }
    }

    @Test func zeroPaddedSloganNumbersAreBallotNumbers() {
        for text in ["udah deh Prabowo aja, yang lain ga ada yang tegas. Gas 02!", "pokoknya all in 01 sampai menang"] {
            #expect(engine.signals(for: Post(text: text)).strength(of: "ballot_number") > 0, "\(text)")
        }
        for text in ["gas 2 jam lagi nyampe rumah", "gas 00 mode hemat", "tim 05 menang futsal antarblok"] {
            #expect(engine.signals(for: Post(text: text)).strength(of: "ballot_number") == 0, "\(text)")
        }
        #expect(flags("NETRAL-1", "udah deh Prabowo aja, yang lain ga ada yang tegas. Gas 02!"))
    }

    /// "ASN" reads as "aparatur sipil negara" in the text, so a lexicon phrase naming "asn" must match that reading,
    /// and a phrase listed in both readings must still count once.
    @Test func phrasesWithExpandedSlangMatchOnce() {
        let signals = engine.signals(for: Post(text: "admin grup WA 'ASN Dukung 02' mana nih, mau masuk dong"))
        #expect(signals.instances(of: "campaign_follow").contains { $0.detail == "asn dukung" })
        let once = engine.signals(for: Post(text: "NKRI harga mati!")).instances(of: "counter_speech")
        #expect(once.count == 1)
    }

    @Test func generalisationsAboutAnEthnicGroupAreFlagged() {
        #expect(flags("DJPAS-2", "Dasar orang Padang pelit semua, pantes dagangnya ga laku"))
        #expect(!flags("DJPAS-2", "bos gw pelit banget, THR telat mulu"))
        #expect(engine.check(Post(text: "Rendang orang Padang memang juara, makan siang di RM Sederhana")).decision == .allow)
    }

    @Test func anOfficialsPhoneNumberIsConfidential() {
        #expect(flags("SE137-3", "Nomor hp kalapas baru 0812-3456-7890, kalo ada perlu langsung wa aja"))
        #expect(engine.check(Post(text: "Layanan pengaduan resmi Lapas Kelas I: WA 0812-3456-7890 (jam kerja)")).decision == .allow)
    }

    @Test func prisonWeaknessesWithoutAFacilityNameAreFlagged() {
        #expect(flags("DJPAS-6", "Buat yg shift malem: pintu belakang dapur gemboknya udah ga bisa dikunci, jadi cuma dililit kawat"))
        #expect(flags("DJPAS-6", "ini ss grup internal, besok jam 2 siang ada eksekusi pemindahan bandar ke Nusakambangan"))
        #expect(flags("DJPAS-6", "jam besuk petugas cuma ngecek tas sekilas, sandal ga pernah diperiksa. pantes barang bisa masuk ke blok"))
        #expect(engine.check(Post(text: "gembok pagar rumah gw rusak, besok beli yang baru")).decision == .allow)
        #expect(engine.check(Post(text: "Jadwal jam besuk Lapas: Senin-Kamis 09.00-14.00, bawa KTP asli ya")).decision == .allow)
    }

    @Test func foodContaminationScaresAreMisleading() {
        #expect(flags("DJPAS-4", "Waduh ternyata garam dapur sekarang dicampur kaca halus, beredar videonya. jangan beli dulu!!!"))
        #expect(engine.check(Post(text: "Resep kue: tepung dicampur gula halus, aduk rata lalu panggang")).decision == .allow)
    }

    /// An official caption on a photo of a marked document does not make the leak official.
    @Test func anOfficialCaptionDoesNotCancelALeak() {
        let post = Post(text: "bocoran nota dinas SANGAT RAHASIA soal mutasi pejabat, jgn disebar ya",
                        media: [MediaItem(caption: "Layanan kunjungan")])
        #expect(engine.check(post).decision != .allow)
    }
}
