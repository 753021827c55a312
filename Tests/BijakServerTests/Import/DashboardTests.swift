@testable import BijakServer
import BijakCore
import Fluent
import Foundation
import Testing

/// The dashboard's figures, charts and CSV, per unit subtree and period.
@Suite struct DashboardTests {
    @Test(arguments: TestDatabase.available)
    func figuresCountOnlyTheChosenUnitsAndPeriod(database: TestDatabase) async throws {
        try await TestApp.with(database) { app, _ in
            let fixture = try await Fixture.seed(on: app)
            let accountA = try await ImportSamples.account("pegawai_a", in: fixture.lapasA, on: app.db)
            let accountB = try await ImportSamples.account("pegawai_b", in: fixture.rutanB, on: app.db)
            let settings = ImportSettings(samplePerMille: 0, batchSize: 8)
            // 12 posts in March 2024, 4 of them flagged (one of each flagged sample text).
            try await ImportSamples.run(ImportSamples.jsonl(count: 12), into: accountA, app: app, settings: settings)
            try await ImportSamples.run(ImportSamples.jsonl(count: 3), into: accountB, app: app, settings: settings)
            // A reviewer confirmed one of A's flags.
            let item = try #require(try await ReviewItem.query(on: app.db).filter(\.$unitID == fixture.lapasA.id!).first())
            item.status = .confirmed
            item.confirmedRules = "NETRAL-1"
            item.decidedAt = Date(timeIntervalSince1970: 1_709_500_000)
            try await item.save(on: app.db)

            // A case opened from it in the period, and one outside it.
            for (day, rules, fromItem) in [(1_709_600_000.0, ["NETRAL-1", "SE137-1"], item.id),
                                           (1_600_000_000.0, ["DJPAS-2"], nil)] {
                let opened = try await CaseOpening.open(.init(
                    unitID: fixture.lapasA.id!, source: "review", reviewItemID: fromItem, subjectUserID: nil,
                    subjectLabel: "pegawai_a", summary: "kampanye", ruleIDs: rules, reporterID: nil, reporterAnonymous: false,
                    evidence: .init(text: item.id!.uuidString, url: nil, platform: "x", handle: "pegawai_a", postedAt: nil,
                                    capturedAt: Date())), by: fixture.adminA, deadlineDays: 14, on: app.db)
                try await EthicsCase.query(on: app.db).filter(\.$id == opened.id!)
                    .set(\.$createdAt, to: Date(timeIntervalSince1970: day)).update()
            }

            var adminA = Browser(app)
            try await adminA.signIn(fixture.adminA.nip, password: TestApp.password)
            let query = "dari=2024-02-20&sampai=2024-03-31&min=2"
            let page = try await adminA.get("/pengawasan/dasbor?\(query)")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("<svg") && html.contains("NETRAL-1") && !html.contains("<script"))
            #expect(html.contains("x:@pegawai_a") && !html.contains("pegawai_b"))

            let csv = try await adminA.get("/pengawasan/dasbor.csv?\(query)")
            #expect(csv.headers.contentType?.subType == "csv")
            let rows = csv.body.string.split(separator: "\r\n").map(String.init)
            #expect(rows.first == "section,key,value")
            let flagRows = rows.filter { $0.hasPrefix("flags_by_rule,") }
            let flagTotal = flagRows.compactMap { Int($0.split(separator: ",").last ?? "") }.reduce(0, +)
            let storedFlags = try await PostFlag.query(on: app.db).filter(\.$unitID == fixture.lapasA.id!).count()
            #expect(flagTotal == storedFlags && flagTotal >= 4)
            #expect(rows.contains("confirmed_by_rule,NETRAL-1,1"))
            #expect(rows.contains("cases_by_rule,NETRAL-1,1") && rows.contains("cases_by_rule,SE137-1,1"))
            #expect(!rows.contains { $0.hasPrefix("cases_by_rule,DJPAS-2") })
            #expect(rows.contains("repeat_offender_flagged,x:@pegawai_a,4"))
            #expect(rows.contains("queue_age,<1d,3"))
            #expect(rows.filter { $0.hasPrefix("trend,") }.count == 6)

            // Outside the period nothing counts; another Kanwil's unit is refused.
            let empty = try await adminA.get("/pengawasan/dasbor.csv?dari=2023-01-01&sampai=2023-01-31").body.string
            #expect(!empty.contains("flags_by_rule,"))
            let rutan = try fixture.rutanB.requireID()
            #expect(try await adminA.get("/pengawasan/dasbor?unit=\(rutan)").status == .forbidden)
            #expect(try await adminA.get("/pengawasan/dasbor?dari=kemarin").status == .unprocessableEntity)
            #expect(try await adminA.get("/pengawasan/dasbor?dari=2024-03-01&sampai=2024-01-01").status == .unprocessableEntity)
            var patnalB = Browser(app)
            try await patnalB.signIn(fixture.patnalB.nip, password: TestApp.password)
            let bali = try await patnalB.get("/pengawasan/dasbor.csv?\(query)").body.string
            #expect(bali.contains("x:@pegawai_a") == false)
            #expect(try await patnalB.get("/pengawasan/dasbor?unit=\(try fixture.lapasA.requireID())").status == .forbidden)
        }
    }

    @Test func csvGuardsAgainstFormulasAndQuotes() {
        #expect(CSVField.escape("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVField.escape("a,b") == "\"a,b\"")
        #expect(CSVField.escape("NETRAL-1") == "NETRAL-1")
        #expect(SVGChart.escape("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;")
    }

    @Test func trendBucketsAndQueueAges() {
        let from = Date(timeIntervalSince1970: 1_704_067_200) // 2024-01-01, a Monday
        let weekly = DashboardQuery.trend([from, from.addingTimeInterval(86_400 * 8)], from: from,
                                          to: from.addingTimeInterval(86_400 * 14))
        #expect(weekly.map(\.key) == ["2024-W01", "2024-W02"] && weekly.map(\.count) == [1, 1])
        let monthly = DashboardQuery.trend([from], from: from, to: from.addingTimeInterval(86_400 * 366))
        #expect(monthly.count == 12 && monthly.first == .init(key: "2024-01", count: 1))
        let now = from.addingTimeInterval(86_400 * 40)
        let ages = DashboardQuery.queueAge([now, now.addingTimeInterval(-86_400 * 2), from], now: now)
        #expect(ages.map(\.count) == [1, 1, 0, 0, 1])
    }
}
