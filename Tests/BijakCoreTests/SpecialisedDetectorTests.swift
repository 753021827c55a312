import Foundation
import Testing
@testable import BijakCore

/// The detectors of the rule-by-rule issue, each on the cases that tell its signal apart from everyday language.
@Suite struct SpecialisedDetectorTests {
    let engine = TestSupport.engine

    func signals(_ text: String, action: PostAction = .post) -> SignalSet { engine.signals(for: Post(text: text, action: action)) }

    func details(_ name: String, in text: String) -> [String] {
        signals(text).instances(of: name).filter { $0.origin.hasPrefix("detector:") || $0.origin.hasPrefix("election") }.compactMap(\.detail)
    }

    // MARK: classification markings

    @Test(arguments: ["SANGAT RAHASIA\nNota dinas soal pemindahan", "Sifat: Rahasia | Lampiran daftar nama",
                      "Klasifikasi: TERBATAS. hasil rapat", "R A H A S I A - telaahan staf", "ini surat KONFIDENSIAL dari pusat",
                      "spill surat telegram yg TERBATAS itu"])
    func markingUsedAsALabelIsFound(_ text: String) {
        #expect(!details("classification_marking", in: text).isEmpty, "\(signals(text).names)")
    }

    @Test(arguments: ["Rahasia sukses jualan online: konsisten", "resep rahasia sambal mama", "Promo TERBATAS! kopi susu",
                      "Tiket konser terbatas banget", "RAHASIA SUKSES JUALAN ONLINE YANG JARANG ORANG TAHU"])
    func everydayWordIsNotAMarking(_ text: String) {
        #expect(details("classification_marking", in: text).isEmpty)
    }

    /// An internal document passed on as a photo or screenshot is a confidentiality finding; the same document
    /// merely mentioned is not.
    @Test func passingOnAnInternalDocumentIsFlagged() {
        let leak = engine.check(Post(text: "foto nota dinas dari kanwil soal mutasi pegawai, cek sendiri siapa aja yg kena 😂"))
        #expect(leak.findings.contains { $0.rule == "SE137-3" || $0.related.contains("SE137-3") })
        let mention = engine.check(Post(text: "Nota dinas Kalapas tentang jadwal apel pagi sudah disampaikan ke seluruh pegawai"))
        #expect(mention.decision == .allow)
    }

    // MARK: inmate identity

    @Test(arguments: ["napi a.n. Hendra Wijaya skrg di blok C", "kemarin narapidana Joko Susilo nangis pas besuk",
                      "WBP inisial AR tiap malem minta rokok", "Tahanan kasus korupsi, Pak Suparman, sekamar sama bandar",
                      "napi kasus pembunuhan itu ditaruh di sel 5", "daftar WBP blok A: Anton (A-12), Bejo (A-14)"])
    func inmateIdentityIsFound(_ text: String) {
        #expect(signals(text).strength(of: "inmate_identity") >= 0.6, "\(details("inmate_identity", in: text))")
    }

    @Test(arguments: ["Hari ini 45 WBP Lapas Sleman menerima remisi khusus", "Warga binaan Lapas Muara Enim panen kangkung",
                      "Kalapas kita, Pak Bambang, sangat peduli pada napi", "Seminar bagi napiter di Lapas Pasir Putih bersama BNPT",
                      "Lomba kebersihan blok hunian antar-wisma, blok A juara 1"])
    func placesAndStaffAreNotInmates(_ text: String) {
        #expect(signals(text).strength(of: "inmate_identity") < 0.6, "\(details("inmate_identity", in: text))")
    }

    @Test func nameStopsBeforeAnAcronymAndSurnamesAreNotTerrorists() throws {
        let text = "napi a.n. Budi Santoso NIK 3273015408870003"
        let set = signals(text)
        let name = try #require(set.instances(of: "inmate_identity").first)
        let scalars = Array(text.unicodeScalars)
        let span = try #require(name.spans.first)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])).hasSuffix("Santoso"))
        #expect(set.strength(of: "extremist_topic") == 0)
    }

    @Test func cellCodesAndLabels() {
        #expect(InmateIdentityDetector.isCellCode("a-12"))
        #expect(InmateIdentityDetector.isCellCode("c/3"))
        #expect(!InmateIdentityDetector.isCellCode("covid-19"))
        #expect(InmateIdentityDetector.isCellLabel("c"))
        #expect(InmateIdentityDetector.isCellLabel("12"))
        #expect(!InmateIdentityDetector.isCellLabel("hunian"))
    }

    // MARK: times, headcounts, prices

    @Test func clockTimes() {
        for text in ["07.00", "7:30", "19.00-07.00", "02.30wib", "24.00"] { #expect(TimeReferenceDetector.isClockTime(text), "\(text)") }
        for text in ["3.14159", "10.000", "12", "25.00", "7.5", "2024"] { #expect(!TimeReferenceDetector.isClockTime(text), "\(text)") }
        #expect(TimeReferenceDetector.isHour("3an"))
        #expect(!details("time_reference", in: "razia besok jam 11 malam").isEmpty)
    }

    @Test func headcountNeedsAGuardingContext() {
        #expect(!details("guard_headcount", in: "blok B malem ini cuma dijaga 1 orang").isEmpty)
        #expect(!details("guard_headcount", in: "pengawalan napi cuma 2 mobil doang").isEmpty)
        #expect(details("guard_headcount", in: "resep ini cuma 3 bahan, gampang").isEmpty)
        #expect(details("guard_headcount", in: "pelatihan blok A cuma 3 orang peserta yang lulus").isEmpty)
    }

    @Test func amounts() {
        for text in ["50rb", "2jt", "150jt", "20k", "50000", "200.000", "100rb/jam"] { #expect(PriceDetector.isAmountWord(text), "\(text)") }
        for text in ["2024", "08123", "3x", "10"] { #expect(!PriceDetector.isAmountWord(text), "\(text)") }
        #expect(!details("price_mention", in: "biayanya Rp 500.000 saja").isEmpty)
        #expect(!details("price_mention", in: "cuma 15 juta nego").isEmpty)
    }

    // MARK: calls to spread

    @Test(arguments: ["SEBARKAN!!! vaksin ada chipnya", "info penting, tolong bagikan ke keluarga", "sebarin gaes",
                      "teruskan ke grup RT ya", "wajib baca & share"])
    func commandToSpreadIsFound(_ text: String) {
        #expect(!details("spread_command", in: text).isEmpty, "\(signals(text).names)")
    }

    @Test(arguments: ["Jangan sebarkan informasi yang belum jelas", "jangan ikut sebarin ya", "Sebarkan kebaikan, bukan kebencian",
                      "ASN tidak membuat dan menyebarkan hoaks", "Saring sebelum sharing!"])
    func statementOrRefusalIsNotACommand(_ text: String) {
        #expect(details("spread_command", in: text).isEmpty)
    }
}
