import Foundation
import Testing
@testable import BijakCore

/// Election data as a replaceable file, and duty hours per unit.
@Suite struct ElectionAndDutyTests {
    let engine = TestSupport.engine

    static func date(_ text: String) -> Date { ISOTimestamp.parse(text)!.date }

    @Test func bundledElectionIsComplete() throws {
        let election = try ElectionData.bundled()
        #expect(election.parties.count == 24)
        #expect(Set(election.candidates.map(\.number)) == [1, 2, 3])
        #expect(election.parties.first { $0.abbreviation == "PSI" }?.number == 15)
        #expect(election.source?.confirmed == false, "the schedule rests on news reports")
    }

    @Test func campaignPeriodIsReadInTheAuthorsZone() throws {
        let election = try ElectionData.bundled()
        #expect(election.isCampaignTime(Self.date("2024-01-20T10:00:00+07:00"), utcOffsetSeconds: 25200))
        #expect(election.isCampaignTime(Self.date("2024-02-10T23:30:00+09:00"), utcOffsetSeconds: 32400))
        // 2024-02-11 00:30 WIT is 2024-02-10 in UTC, but the first day of the quiet period where it was posted.
        #expect(!election.isCampaignTime(Self.date("2024-02-11T00:30:00+09:00"), utcOffsetSeconds: 32400))
        #expect(!election.isCampaignTime(Self.date("2025-06-01T10:00:00+07:00"), utcOffsetSeconds: 25200))
    }

    @Test func campaignNamesAndNumbers() {
        let amin = engine.signals(for: Post(text: "Mari kita menangkan pasangan AMIN di TPS"))
        #expect(amin.strength(of: "candidate") >= 0.9)
        #expect(engine.signals(for: Post(text: "aamiin, amin ya Allah")).strength(of: "candidate") == 0)
        #expect(engine.signals(for: Post(text: "Garuda di dadaku, ayo timnas")).strength(of: "party") == 0)
        #expect(engine.signals(for: Post(text: "yang nyoblos selain 01 rugi")).strength(of: "ballot_number") > 0)
        #expect(engine.signals(for: Post(text: "#01AminAja pilihan cerdas")).strength(of: "campaign_hashtag") >= 0.9)
        #expect(engine.signals(for: Post(text: "juara 2 lomba voli, terima kasih dukungannya")).strength(of: "ballot_number") == 0)
    }

    @Test func likingACampaignPostIsAViolationWithoutOwnWords() {
        let verdict = engine.check(Post(text: "", action: .like, target: Post(text: "Ayo coblos nomor 2, Prabowo-Gibran!")))
        #expect(verdict.findings.contains { $0.rule == "NETRAL-2" })
    }

    @Test func handSignIsPartisanDuringTheCampaignOnly() {
        let during = Post(text: "salam 2 jari dulu dong ✌️", context: PostContext(time: Self.date("2024-01-20T10:00:00+07:00")))
        let after = Post(text: "salam 2 jari dulu dong ✌️", context: PostContext(time: Self.date("2025-06-01T10:00:00+07:00")))
        #expect(engine.check(during).findings.contains { $0.rule == "NETRAL-3" })
        #expect(engine.check(after).decision == .allow)
    }

    @Test func overlayElectionReplacesTheBundledOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bijak-election-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("data"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = """
        {"version": "pilkada-x.1", "name": {"id": "Pilkada Kabupaten X"}, "campaign_periods": [],
         "candidates": [{"number": 1, "office": "bupati", "names": ["Harun Wibisono", "Sari Lestari"], "aliases": ["Harun-Sari"]}],
         "parties": []}
        """
        try Data(json.utf8).write(to: directory.appendingPathComponent("data/election.json"))
        let loaded = try EngineLoader.load(overlayDirectory: directory)
        #expect(loaded.overlayError == nil)
        let verdict = loaded.engine.check(Post(text: "ayo coblos Harun Wibisono, bupati terbaik!"))
        #expect(verdict.findings.contains { $0.rule == "NETRAL-1" })
        #expect(loaded.engine.signals(for: Post(text: "ayo coblos Prabowo")).strength(of: "candidate") == 0)
    }

    @Test func malformedElectionRefusesTheOverlay() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bijak-election-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("data"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(#"{"version": "x", "name": {"id": "x"}, "campaign_periods": [{"name": "k", "start": "2024-13-01", "end": "2024-01-01"}], "candidates": [], "parties": []}"#.utf8)
            .write(to: directory.appendingPathComponent("data/election.json"))
        let loaded = try EngineLoader.load(overlayDirectory: directory)
        #expect(loaded.overlayError?.file == "data/election.json")
    }

    // MARK: duty hours per unit

    @Test func nightShiftRunsPastMidnight() throws {
        let unit = try JSONDecoder().decode(DutyUnit.self, from: Data(#"{"zone": "WIT", "shifts": [{"days": [1,2,3,4,5,6,7], "start": "19:00", "end": "07:00"}]}"#.utf8))
        let schedule = unit.schedule
        // Saturday 2025-02-08 22:00 WIT and Sunday 06:00 WIT are on duty; Sunday noon is not.
        #expect(schedule.isOnDuty(Self.date("2025-02-08T22:00:00+09:00"), utcOffsetSeconds: unit.zone.utcOffsetSeconds))
        #expect(schedule.isOnDuty(Self.date("2025-02-09T06:00:00+09:00"), utcOffsetSeconds: unit.zone.utcOffsetSeconds))
        #expect(!schedule.isOnDuty(Self.date("2025-02-09T12:00:00+09:00"), utcOffsetSeconds: unit.zone.utcOffsetSeconds))
    }

    @Test func unitZoneDecidesOnDutyWhateverTheDeviceSays() {
        // 07:45 on a Monday in Ambon (WIT) is 05:45 WIB: on duty for an Ambon office, not for one in Jakarta.
        let time = Self.date("2025-02-03T05:45:00+07:00")
        let ambon = Post(text: "live", action: .live, context: PostContext(time: time, live: true, uniform: true, unit: DutyUnit(zone: .wit)))
        let jakarta = Post(text: "live", action: .live, context: PostContext(time: time, live: true, uniform: true, unit: DutyUnit(zone: .wib)))
        #expect(engine.signals(for: ambon).strength(of: "context.on_duty") == 1)
        #expect(engine.signals(for: jakarta).strength(of: "context.on_duty") == 0)
    }

    @Test func badUnitIsRefused() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DutyUnit.self, from: Data(#"{"zone": "CET"}"#.utf8)) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DutyUnit.self, from: Data(#"{"zone": "WIB", "shifts": [{"days": [8], "start": "7:00", "end": "25:00"}]}"#.utf8))
        }
    }

    @Test(arguments: ["live karaoke dulu guys 🎤", "mabar push rank gaes", "jualan skincare, checkout keranjang kuning"])
    func casualLiveInUniformIsAViolationOnOrOffDuty(_ text: String) {
        for time in ["2025-02-06T10:00:00+07:00", "2025-02-08T21:00:00+08:00"] {
            let post = Post(text: text, action: .live, context: PostContext(time: Self.date(time), live: true, uniform: true))
            #expect(engine.check(post).findings.first?.rule == "DJPAS-7", "\(time)")
        }
    }

    @Test(arguments: ["Siaran langsung layanan kunjungan online Lapas", "Live upacara Hari Bakti Pemasyarakatan",
                      "Siaran langsung penyerahan SK remisi bagi warga binaan"])
    func officialLiveInUniformIsAllowed(_ text: String) {
        let post = Post(text: text, action: .live, context: PostContext(time: Self.date("2025-02-06T10:00:00+07:00"), live: true, uniform: true))
        #expect(engine.check(post).decision == .allow)
    }

    // MARK: masking

    @Test func identifiersAreMaskedEverywhereButTheirOffsets() throws {
        let text = "NIK napi yg kabur 3273015408870003, keluarganya di 0812-7765-4321, email dedi.k88@gmail.com"
        let verdict = engine.check(Post(text: text))
        let json = String(decoding: try JSONEncoder().encode(verdict), as: UTF8.self)
        for secret in ["3273015408870003", "7765", "dedi.k88"] { #expect(!json.contains(secret), "\(secret) leaked") }
        #expect(json.contains("3273********0003"))
        let nik = try #require(verdict.findings.flatMap(\.evidence).first { $0.text == "3273********0003" })
        #expect(Array(text.unicodeScalars)[nik.start..<nik.end].map(String.init).joined() == "3273015408870003")
        #expect(engine.signals(for: Post(text: text)).instances(of: "personal_identifier").allSatisfy { !($0.detail ?? "").contains("7765") })
    }
}
