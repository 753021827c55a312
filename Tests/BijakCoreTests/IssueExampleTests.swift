import Testing
@testable import BijakCore

/// The examples the engine issue names: each must come out exactly as stated.
@Suite struct IssueExampleTests {
    let engine = TestSupport.engine

    struct Example: Sendable, CustomTestStringConvertible {
        var post: Post
        var rule: String?
        var testDescription: String { "\(rule ?? "allow") ← \(post.text)" }
    }

    static let hateful = "Dasar kaum c1na penjajah ekonomi, usir saja dari negeri ini"
    static let uniformLive = PostContext(live: true, uniform: true)

    static let examples: [Example] = [
        Example(post: Post(text: "Pancasila cuma alat penguasa, sudah saatnya diganti khilafah!"), rule: "DJPAS-1"),
        Example(post: Post(text: hateful), rule: "DJPAS-2"),
        Example(post: Post(text: "setuju bgt!", action: .share, target: Post(text: hateful)), rule: "DJPAS-3"),
        Example(post: Post(text: "SEBARKAN!!! Besok semua napi dibebaskan krn lapas penuh, info orang dalam. Viralkan sebelum dihapus!"), rule: "DJPAS-4"),
        Example(post: Post(text: "Bendera merah putih ini cocoknya buat lap kaki"), rule: "DJPAS-5"),
        Example(post: Post(text: "Ini denah blok hunian dan jadwal regu jaga malam, CCTV blok C mati sejak kemarin"), rule: "DJPAS-6"),
        Example(post: Post(text: "live karaoke santai dulu gaes", action: .live, context: uniformLive), rule: "DJPAS-7"),
        Example(post: Post(text: "siaran langsung layanan kunjungan online Lapas", action: .live, context: uniformLive), rule: nil),
        Example(post: Post(text: "Ayo coblos nomor 2, pemimpin yang peduli ASN!"), rule: "NETRAL-1"),
        Example(post: Post(text: "Selamat Hari Raya Natal bagi umat Kristiani"), rule: nil),
        Example(post: Post(text: "Waspada hoaks: pesan berantai soal pembebasan napi itu tidak benar, cek di turnbackhoax.id"), rule: nil),
    ]

    @Test(arguments: examples)
    func comesOutAsStated(_ example: Example) {
        let verdict = engine.check(example.post)
        if let rule = example.rule {
            #expect(verdict.findings.first?.rule == rule, "findings: \(verdict.findings.map { "\($0.rule) \($0.score)" })")
            #expect(verdict.decision != .allow)
        } else {
            #expect(verdict.decision == .allow, "findings: \(verdict.findings.map { "\($0.rule) \($0.score) \($0.evidence.map(\.text))" })")
        }
    }

    @Test func evidenceOfTheSaraExampleNamesTheWordsAsWritten() {
        let verdict = engine.check(Post(text: Self.hateful))
        let words = Set(verdict.findings.first?.evidence.map(\.text) ?? [])
        #expect(words.contains("c1na"))
        #expect(words.contains("penjajah") || words.contains("usir"))
        #expect(verdict.findings.first?.related.contains("SE137-8") == true)
        #expect(verdict.findings.first?.related.contains("BKN-2") == true)
    }
}
