@testable import BijakServer
import BijakCore
import Foundation
import Testing

/// The import formats: good records come out as posts, bad ones as numbered issues, nothing crashes.
@Suite struct ImportParserTests {
    static func parse(_ format: ImportFormat, _ bytes: [UInt8]) throws -> [ImportItem] {
        var parser = format.parser(reading: DataByteSource(data: Data(bytes)))
        var items: [ImportItem] = []
        // A small batch size exercises the record splitter's block boundaries.
        while let batch = try parser.next(2) { items += batch }
        return items
    }

    static func parse(_ format: ImportFormat, _ text: String) throws -> [ImportItem] {
        try parse(format, Array(text.utf8))
    }

    static func records(_ items: [ImportItem]) -> [ImportRecord] {
        items.compactMap { if case .record(let record) = $0 { return record } else { return nil } }
    }

    static func issues(_ items: [ImportItem]) -> [ImportIssue] {
        items.compactMap { if case .issue(let issue) = $0 { return issue } else { return nil } }
    }

    @Test func jsonlReportsEachBadLineAndKeepsTheRest() throws {
        var bytes = Array("""
        {"id": "1", "text": "Selamat pagi", "posted_at": "2024-03-01T08:00:00Z", "url": "https://x.com/a/1"}
        not json
        {"id": 2, "text": "Bagikan ya", "action": "share", "posted_at": 1709280000}

        {"id": "3"}
        {"id": "4", "text": 5}
        {"id": "5", "text": "x", "action": "teleport"}
        {"id": "6", "text": "x", "posted_at": "kemarin"}
        [1, 2]

        """.utf8)
        bytes += Array("{\"id\": \"7\", \"text\": \"bidi \u{202E}kebalik\u{202C} and nul \\u0000 here\"}\n".utf8)
        bytes += Array("{\"id\": \"8\", \"text\": \"bad ".utf8) + [0xFF, 0xFE] + Array(" bytes\"}\n".utf8)
        let items = try Self.parse(.jsonl, bytes)
        let records = Self.records(items)
        #expect(records.map(\.postID) == ["1", "2", "7", "8"])
        #expect(records[0].postedAt == Date(timeIntervalSince1970: 1_709_280_000))
        #expect(records[0].url == "https://x.com/a/1")
        #expect(records[1].action == .share && records[1].postedAt == Date(timeIntervalSince1970: 1_709_280_000))
        // The bidi override is evidence and stays; NUL is removed; invalid bytes become U+FFFD.
        #expect(records[2].text.contains("\u{202E}") && !records[2].text.contains("\u{0}"))
        #expect(records[3].text.contains("\u{FFFD}"))
        let issues = Self.issues(items)
        #expect(issues.map(\.position) == [2, 5, 6, 7, 8, 9])
        #expect(issues[1].message.contains("text"))
        #expect(issues[3].message.contains("action"))
    }

    @Test func csvHandlesQuotesLineBreaksAndBadRows() throws {
        let csv = "\u{FEFF}id,text,posted_at,action,extra\r\n"
            + "1,\"Halo, \"\"dunia\"\"\",2024-01-02,post,z\r\n"
            + "2,\"baris\nkedua\",,share,\n"
            + "3,\"tidak \"ditutup\" benar\",,,\n"
            + "4,,,,\n"
            + "5,a,b,c,d,e,f\n"
            + "6,terakhir,1704153600,,"
        let items = try Self.parse(.csv, csv)
        let records = Self.records(items)
        #expect(records.map(\.postID) == ["1", "2", "6"])
        #expect(records[0].text == "Halo, \"dunia\"")
        #expect(records[1].text == "baris\nkedua" && records[1].action == .share)
        #expect(records[2].postedAt == Date(timeIntervalSince1970: 1_704_153_600))
        #expect(Self.issues(items).map(\.position) == [5, 6, 7])
    }

    @Test func csvWithoutTextColumnIsOneIssue() throws {
        let items = try Self.parse(.csv, "id,body\n1,halo\n2,hai\n")
        #expect(Self.records(items).isEmpty)
        #expect(Self.issues(items).count == 1)
    }

    @Test func xArchiveTweets() throws {
        let js = """
        window.YTD.tweets.part0 = [
          {"tweet": {"id_str": "1050118621198921728", "full_text": "Apel pagi di Lapas &amp; doa bersama",
                     "created_at": "Wed Oct 10 20:19:24 +0000 2018"}},
          {"tweet": {"id_str": "1050118621198921729", "full_text": "RT @kawan: pilih nomor 2!",
                     "created_at": "Thu Oct 11 01:00:00 +0000 2018"}},
          {"tweet": {"id_str": "1050118621198921730", "full_text": "@warga setuju",
                     "in_reply_to_status_id_str": "1", "created_at": "Thu Oct 11 02:00:00 +0000 2018"}},
          {"tweet": {"id_str": "1050118621198921731"}},
          "rusak"
        ]
        """
        let items = try Self.parse(.x, js)
        let records = Self.records(items)
        #expect(records.count == 3)
        #expect(records[0].postID == "1050118621198921728")
        #expect(records[0].text == "Apel pagi di Lapas & doa bersama")
        #expect(records[0].postedAt == Date(timeIntervalSince1970: 1_539_202_764))
        #expect(records[0].url == "https://x.com/i/web/status/1050118621198921728")
        #expect(records[1].action == .share && records[2].action == .comment)
        #expect(Self.issues(items).map(\.position) == [4, 5])
    }

    @Test func facebookExportRepairsMojibake() throws {
        let json = #"""
        [
          {"timestamp": 1539202764, "data": [{"post": "Mantap \u00f0\u009f\u0098\u0080 kegiatan"}],
           "title": "Budi updated his status."},
          {"timestamp": 1539202800, "attachments": [{"data": [{"external_context": {"url": "https://contoh.id/berita"}}]}],
           "data": [{"post": "Baca ini"}], "title": "Budi shared a link."},
          {"timestamp": 1539202900, "attachments": [{"data": [{"media": {"uri": "photos/1.jpg"}}]}]}
        ]
        """#
        let items = try Self.parse(.facebook, json)
        let records = Self.records(items)
        #expect(records.count == 2)
        #expect(records[0].text == "Mantap 😀 kegiatan")
        #expect(records[0].postID == nil && records[0].storedID.hasPrefix("h:"))
        #expect(records[1].action == .share && records[1].url == "https://contoh.id/berita")
        #expect(Self.issues(items).map(\.position) == [3])
    }

    @Test func instagramExportShapes() throws {
        let nested = #"""
        {"ig_posts": [
          {"media": [{"uri": "media/posts/202401/a.jpg", "creation_timestamp": 1704067200,
                      "title": "Upacara \u00e2\u0080\u009cHari Bakti\u00e2\u0080\u009d"}]},
          {"media": [{"uri": "media/posts/202401/b.jpg", "creation_timestamp": 1704070000, "title": ""}],
           "title": "Kunjungan keluarga", "creation_timestamp": 1704070000},
          {"media": [{"uri": "media/posts/202401/c.jpg", "creation_timestamp": 1704080000}]}
        ]}
        """#
        let items = try Self.parse(.instagram, nested)
        let records = Self.records(items)
        #expect(records.map(\.text) == ["Upacara “Hari Bakti”", "Kunjungan keluarga"])
        #expect(records[0].postID == "uri:media/posts/202401/a.jpg")
        #expect(records[1].postedAt == Date(timeIntervalSince1970: 1_704_070_000))
        #expect(Self.issues(items).map(\.position) == [3])
        let flat = try Self.parse(.instagram, #"[{"uri": "x.jpg", "creation_timestamp": 1704067200, "caption": "Halo"}]"#)
        #expect(Self.records(flat).map(\.text) == ["Halo"])
    }

    @Test func brokenDocumentsAreOneIssueNotACrash() throws {
        for format in [ImportFormat.x, .facebook, .instagram] {
            for text in ["", "{", "window.YTD.tweets.part0 = [", "42", "[]", "\u{0}\u{1}"] {
                let items = try Self.parse(format, text)
                #expect(Self.records(items).isEmpty)
                #expect(Self.issues(items).count == 1, "\(format) \(text)")
            }
        }
        #expect(try Self.parse(.jsonl, "").isEmpty)
        #expect(try Self.parse(.csv, "").isEmpty)
    }

    @Test func tooLongTextIsRefused() throws {
        let long = String(repeating: "a", count: ImportText.maxTextScalars + 1)
        let items = try Self.parse(.jsonl, "{\"id\": \"1\", \"text\": \"\(long)\"}\n{\"id\": \"2\", \"text\": \"ok\"}")
        #expect(Self.records(items).map(\.postID) == ["2"])
        #expect(Self.issues(items).first?.message.contains("100000") == true)
    }

    @Test func formatDetection() {
        func detect(_ name: String, _ head: String) -> ImportFormat? {
            ImportFormat.detect(fileName: name, head: Data(head.utf8))
        }
        #expect(detect("tweets.js", "window.YTD.tweets.part0 = [") == .x)
        #expect(detect("posts.csv", "id,text") == .csv)
        #expect(detect("dump.txt", "{\"id\": 1, \"text\": \"a\"}\n{\"id\": 2") == .jsonl)
        #expect(detect("your_posts_1.json", "[\n {\n \"timestamp\": 1, \"data\": []") == .facebook)
        #expect(detect("posts_1.json", "[\n {\n \"media\": [{\"creation_timestamp\": 1") == .instagram)
        #expect(detect("foto.png", "\u{89}PNG") == nil)
    }

    @Test func digestsAreStandardSHA256() {
        #expect(ImportDigest.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ImportDigest.hex([0x00, 0x0F, 0xF0, 0xFF]) == "000ff0ff")
        let draws = (0..<1_000).map { ImportDigest.unitInterval("p\($0)") }
        #expect(draws.allSatisfy { (0..<1).contains($0) } && draws == (0..<1_000).map { ImportDigest.unitInterval("p\($0)") })
    }

    @Test func idlessPostsGetAStableDigest() {
        let a = ImportRecord(postID: nil, text: "sama", postedAt: Date(timeIntervalSince1970: 5))
        let b = ImportRecord(postID: "", text: "sama", postedAt: Date(timeIntervalSince1970: 5))
        let c = ImportRecord(postID: nil, text: "beda", postedAt: Date(timeIntervalSince1970: 5))
        #expect(a.storedID == b.storedID && a.storedID != c.storedID)
    }
}
