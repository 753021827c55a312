import ArgumentParser
import BijakCore
import BijakServer
import Foundation

/// `bijak bench-import`: import throughput (posts screened and stored per second) on SQLite or PostgreSQL, with
/// synthetic posts drawn from a labelled CSV (a mix of clean and violating posts).
struct BenchImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-import",
        abstract: "Ukur kecepatan impor. / Measure import throughput.",
        discussion: """
        Menulis N unggahan sintetis ke JSONL sementara, lalu mengimpornya ke akun baru dan mencetak unggahan per \
        detik (baca, periksa, simpan). / Writes N synthetic posts to a temporary JSONL file, imports them into a new \
        account and prints posts per second (read, screened, stored).
        """)

    @Option(help: "Jumlah unggahan. / Number of posts.")
    var posts: Int = 100_000

    @Option(help: "CSV sumber teks (kolom pertama). / CSV of texts (first column).")
    var texts: String = "../shared/data/hatespeech-train.csv"

    @Option(help: "Berkas SQLite baru. / A new SQLite file.")
    var sqlite: String?

    @Option(help: "URL PostgreSQL; tabel di skema baru. / PostgreSQL URL; tables in a new schema.")
    var postgres: String?

    @Option(help: "Unggahan per transaksi. / Posts per transaction.")
    var batch: Int = 1_000

    @Flag(help: "Dengan model teks. / With the text models.")
    var models = false

    func run() async throws {
        guard posts > 0, (sqlite == nil) != (postgres == nil) else {
            throw ValidationError("beri --posts > 0 dan --sqlite ATAU --postgres / give --posts > 0 and --sqlite OR --postgres")
        }
        let sources = try BenchTexts.load(path: texts, column: nil)
        guard !sources.isEmpty else { throw ValidationError("tidak ada teks / no texts") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bijak-bench-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try SyntheticPosts.write(count: posts, texts: sources, to: file)
        let database: ServerConfiguration.Database
        if let sqlite {
            try? FileManager.default.removeItem(atPath: sqlite)
            database = .sqlite(path: sqlite)
        } else {
            database = .postgres(url: postgres ?? "", searchPath: ["bench_" + UUID().uuidString.prefix(8).lowercased()])
        }
        let configuration = ServerConfiguration(database: database)
        let engine = try EngineLoader.load(models: models ? .bundled : .none).engine
        let started = Date()
        let summary = try await ImportTool.importFile(
            path: file.path, account: "x:bench_\(UUID().uuidString.prefix(8))", format: .jsonl,
            registerInUnit: "Bench", engine: engine,
            settings: ImportSettings(samplePerMille: 10, runsWorker: false, batchSize: batch),
            configuration: configuration)
        let seconds = Date().timeIntervalSince(started)
        let p = summary.progress
        let rate = String(format: "%.1f s: %.0f", seconds, Double(p.records) / seconds)
        print("\(posts) unggahan / posts in \(rate) posts/s (stored \(p.stored), flagged \(p.flagged), review items "
              + "\(summary.totals.reviewItems), batch \(batch), \(sqlite == nil ? "PostgreSQL" : "SQLite"))")
    }
}

/// Writes synthetic posts in our JSONL format.
enum SyntheticPosts {
    static func write(count: Int, texts: [String], to url: URL) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = Data()
        let start = 1_704_067_200 // 2024-01-01
        for index in 0..<count {
            let text = texts[index % texts.count]
            let object: [String: Any] = [
                "id": "p\(index)", "text": text, "posted_at": start + (index * 31) % 31_536_000,
                "url": "https://x.com/i/web/status/\(index)", "action": index % 10 == 9 ? "share" : "post",
            ]
            buffer.append(try JSONSerialization.data(withJSONObject: object))
            buffer.append(0x0A)
            if buffer.count > 1 << 20 {
                handle.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
    }
}
