import Foundation
import Testing
@testable import BijakCore

@Suite struct FactCheckStoreTests {
    static var store: FactCheckStore { TestSupport.factCheckEngine.factChecks }

    @Test func seedHoldsOnlyDebunks() throws {
        let claims = try EngineLoader.bundledFactChecks()
        #expect(claims.count > 2000)
        let verdicts = Set(claims.map(\.verdict))
        #expect(verdicts.isSubset(of: ["salah", "hoaks", "disinformasi", "fitnah", "hasut", "misinformasi"]))
        #expect(claims.allSatisfy { $0.source == "turnbackhoax.id" && $0.url.hasPrefix("https://turnbackhoax.id/") })
        #expect(Self.store.count == claims.count)
    }

    @Test(arguments: [
        ("Info: katanya bahan vaksin dibuat dari darah babi, hati2", "salah-bahan-vaksin-dari-darah-babi"),
        ("Bahan vaksin ternyata berasal dari darah babi", "salah-bahan-vaksin-dari-darah-babi"),
        ("Mantan napi Salemba berkeliaran di Jakarta Barat, waspada", "hoax-mantan-napi-salemba-berkeliaran-di-jakbar"),
        ("Ahok mengizinkan natal di Monas tapi melarang pengajian", "fitnah-ahok-izinkan-natalan-di-monas"),
    ])
    func paraphraseMatches(text: String, urlPart: String) throws {
        let best = try #require(Self.store.matches(for: text).first)
        #expect(best.claim.url.contains(urlPart))
        #expect(best.similarity >= FactCheckStore.defaultThreshold)
        #expect(!best.termIndexes.isEmpty)
    }

    @Test(arguments: [
        "napi mendapat remisi hari kemerdekaan",
        "Besok ada vaksinasi gratis di puskesmas",
        "Selamat pagi semua, semoga sehat selalu",
        "Jokowi meresmikan jalan tol baru di Sumatera",
        "Polisi menangkap pelaku penculikan anak di depan sekolah",
        "Lapas penuh, napi dipindahkan ke lapas lain",
        "presiden jokowi",
        // Shares "NKRI harga mati" with a claim titled "apa ini yang disebut nkri harga mati": a topic, not a claim.
        "NKRI harga mati! Pancasila dasar negara kita, jaga persatuan 🇮🇩",
        // Three words of "bahan vaksin dari darah babi" are too few to say it repeats that claim.
        "vaksin mengandung darah babi",
    ])
    func unrelatedDoesNotMatch(text: String) {
        #expect(Self.store.matches(for: text).isEmpty)
    }

    @Test func emptyAndHugeInputAreSafe() {
        #expect(Self.store.matches(for: "").isEmpty)
        #expect(Self.store.matches(for: "  \n\t ").isEmpty)
        #expect(Self.store.matches(for: "yang dan di ke dari").isEmpty)
        let huge = String(repeating: "bahan vaksin dari darah babi dan sebarkan ", count: 5_000)
        // A huge post is scored like any other: at most the default number of matches, each a real similarity.
        let matches = Self.store.matches(for: huge)
        #expect(matches.count <= 3)
        #expect(matches.allSatisfy { $0.similarity > 0 && $0.similarity <= 1.0001 })
        let empty = FactCheckStore(claims: [], analyzer: TestSupport.factCheckEngine.analyzer, stopwords: TestSupport.resources.stopwords)
        #expect(empty.matches(for: "bahan vaksin dari darah babi").isEmpty)
    }

    @Test func duplicateURLsAreKeptOnce() {
        let claim = FactCheckClaim(claim: "a", date: "", verdict: "salah", url: "https://x.id/1", source: "x.id")
        let store = FactCheckStore(claims: [claim, claim], analyzer: TestSupport.factCheckEngine.analyzer, stopwords: [])
        #expect(store.count == 1)
        #expect(store.reference(forURL: "https://x.id/1") == "a — https://x.id/1")
    }

    /// The whole seed becomes one store in which a claim long enough to be matched (``FactCheckStore/minSharedWords``
    /// content words), repeated as written, finds itself first. (Build time is measured in docs/PERFORMANCE.md,
    /// not asserted here.)
    @Test func seedStoreFindsItsOwnClaims() throws {
        let claims = try EngineLoader.bundledFactChecks()
        let store = FactCheckStore(claims: claims, analyzer: TestSupport.factCheckEngine.analyzer,
                                   stopwords: TestSupport.resources.stopwords)
        #expect(store.count == claims.count)
        let long = claims.filter { $0.claim.split(separator: " ").count >= 10 }
        let sample = stride(from: 0, to: long.count, by: max(1, long.count / 25)).map { long[$0] }
        #expect(sample.count >= 20)
        for claim in sample {
            let best = store.matches(for: claim.claim).first
            #expect(best?.claim.claim == claim.claim, "\(claim.claim)")
        }
    }
}

@Suite struct FactCheckImporterTests {
    func csv(_ text: String) throws -> [FactCheckClaim] {
        try FactCheckImporter.parse(Data(text.utf8), format: .csv, file: "claims.csv")
    }

    func json(_ text: String) throws -> [FactCheckClaim] {
        try FactCheckImporter.parse(Data(text.utf8), format: .json, file: "claims.json")
    }

    func error(_ body: () throws -> [FactCheckClaim]) -> RulebookError? {
        do { _ = try body(); return nil } catch let error as RulebookError { return error } catch { return nil }
    }

    @Test func readsIndonesianHeadersCaseInsensitively() throws {
        let claims = try csv("Judul,TANGGAL,Putusan,URL\n\"Vaksin, katanya, haram\",2020-01-02,Salah,https://cekfakta.com/a\n")
        #expect(claims == [FactCheckClaim(claim: "Vaksin, katanya, haram", date: "2020-01-02", verdict: "salah",
                                          url: "https://cekfakta.com/a", source: "cekfakta.com")])
        let fromJSON = try json(#"[{"title": "x y", "date": "", "verdict": "hoaks", "url": "https://a.id/1", "source": "a"}]"#)
        #expect(fromJSON.first?.source == "a")
    }

    @Test func missingColumnIsNamed() {
        let problem = error { try csv("claim,date,url\nx,2020-01-01,https://a.id/1\n") }
        #expect(problem?.line == 1)
        #expect(problem?.problem.contains("verdict") == true)
        let jsonProblem = error { try json(#"[{"claim": "x", "date": "", "verdict": "salah"}]"#) }
        #expect(jsonProblem?.problem.contains("[0]") == true)
        #expect(jsonProblem?.problem.contains("url") == true)
    }

    @Test func badRowsNameLineAndColumn() {
        let header = "claim,date,verdict,url\n"
        let badURL = error { try csv(header + "a,2020-01-01,salah,https://a.id/1\nb,2020-01-01,salah,ftp://x\n") }
        #expect(badURL?.line == 3)
        #expect(badURL?.problem.contains("url") == true)
        let badDate = error { try csv(header + "a,01/02/2020,salah,https://a.id/1\n") }
        #expect(badDate?.line == 2)
        #expect(badDate?.problem.contains("date") == true)
        let emptyClaim = error { try csv(header + " ,2020-01-01,salah,https://a.id/1\n") }
        #expect(emptyClaim?.problem.contains("claim") == true)
        let short = error { try csv(header + "a,2020-01-01,salah\n") }
        #expect(short?.line == 2)
        let jsonBad = error { try json(#"[{"claim": "a", "date": "", "verdict": "salah", "url": "https://a.id/1"}, {"claim": "b", "date": "2020-13-01", "verdict": "salah", "url": "https://a.id/2"}]"#) }
        #expect(jsonBad?.problem.contains("[1]") == true)
        #expect(jsonBad?.problem.contains("date") == true)
        #expect(error { try json("{}") } != nil)
    }

    @Test func writtenCSVReadsBack() throws {
        let claims = [FactCheckClaim(claim: "a, \"b\"", date: "2020-01-01", verdict: "salah", url: "https://a.id/1", source: "a.id")]
        #expect(try csv(FactCheckImporter.csv(claims)) == claims)
    }
}

@Suite struct FactCheckDetectorTests {
    /// The seed's claim "bahan vaksin dari darah babi" (turnbackhoax.id, 2018-08-05), repeated in other words.
    static let repeating = "Ternyata bahan vaksin itu dibuat dari darah babi, hati-hati ya"
    static let url = "https://turnbackhoax.id/2018/08/05/salah-bahan-vaksin-dari-darah-babi/"

    @Test func repeatingADebunkedClaimRaisesDJPAS4WithTheDebunk() throws {
        let verdict = TestSupport.factCheckEngine.check(Post(text: Self.repeating))
        let finding = try #require(verdict.findings.first { $0.rule == "DJPAS-4" })
        #expect(finding.references == ["bahan vaksin dari darah babi — 2018-08-05 — \(Self.url)"])
        #expect(finding.signals.contains { $0.name == "factcheck_match" && $0.origin == "factcheck:turnbackhoax.id" })
        let evidence = try #require(finding.evidence.first { $0.signal == "factcheck_match" })
        #expect(evidence.text == "bahan vaksin itu dibuat dari darah babi")
        let signal = try #require(TestSupport.factCheckEngine.signals(for: Post(text: Self.repeating)).instances(of: "factcheck_match").first)
        #expect(signal.detail == Self.url)
        #expect(signal.score >= 0.6)
    }

    @Test func refutingTheClaimStaysAllowed() {
        let verdict = TestSupport.factCheckEngine.check(Post(text: "Waspada hoaks: bahan vaksin dari darah babi itu tidak benar, cek turnbackhoax.id"))
        #expect(verdict.decision == .allow)
    }

    @Test func referencesAreOmittedFromJSONWhenEmpty() throws {
        let verdict = TestSupport.factCheckEngine.check(Post(text: "kamu bangsat goblok, dasar anjing"))
        let json = String(decoding: try JSONEncoder().encode(verdict), as: UTF8.self)
        #expect(!json.contains("references"))
        let decoded = try JSONDecoder().decode(Verdict.self, from: try JSONEncoder().encode(TestSupport.factCheckEngine.check(Post(text: Self.repeating))))
        #expect(decoded.findings.first?.references.isEmpty == false)
    }
}
