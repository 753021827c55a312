import ArgumentParser
import BijakCore
import Foundation

/// `bijak bench`: how many full checks per second the engine does, on one core or several, with input reading
/// and output writing left out, so that the engine's own speed is what is measured.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Ukur kecepatan pemeriksaan penuh. / Measure full-check throughput.",
        discussion: """
        Membaca teks dari kolom CSV, lalu memeriksa semuanya beberapa kali dan mencetak unggahan per detik. \
        Reads texts from a CSV column, checks them all several times and prints posts per second.
        """)

    @Argument(help: "Berkas CSV. / CSV file.")
    var file: String

    @Option(help: "Kolom teks (bawaan: kolom pertama). / Text column (default: the first).")
    var column: String?

    @Option(help: "Berapa kali seluruh berkas diperiksa. / How many passes over the file.")
    var passes: Int = 3

    @Option(help: "Jumlah thread. / Number of threads.")
    var jobs: Int = 1

    @OptionGroup var engineOptions: EngineOptions

    func run() throws {
        try reportingFailures { try evaluate() }
    }

    private func evaluate() throws {
        let texts = try BenchTexts.load(path: file, column: column)
        guard !texts.isEmpty, passes > 0, jobs > 0 else { throw ValidationError("tidak ada teks / no texts") }
        let engine = try engineOptions.loadEngine()
        // One warm-up pass fills the word caches, as they are in a long-running scan or server.
        for text in texts.prefix(2_000) { _ = engine.check(Post(text: text)) }
        let start = Date()
        let perThread = (texts.count + jobs - 1) / jobs
        for _ in 0..<passes {
            DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                let slice = texts[min(texts.count, worker * perThread)..<min(texts.count, (worker + 1) * perThread)]
                for text in slice { _ = engine.check(Post(text: text)) }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        let checks = Double(texts.count * passes)
        print(String(format: "%d teks x %d / texts x %d, %d thread: %.2f s, %.0f pemeriksaan/s / checks/s, %.0f per thread",
                     texts.count, passes, passes, jobs, seconds, checks / seconds, checks / seconds / Double(jobs)))
    }
}

/// Reads the benchmark texts through the same CSV source `scan` uses.
enum BenchTexts {
    static func load(path: String, column: String?) throws -> [String] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BijakFailure.noInput("berkas tidak ditemukan / file not found: \(path)")
        }
        let source = try CSVSource(handle: handle, path: path, textColumn: column, idColumn: nil)
        var texts: [String] = []
        while let batch = try source.nextBatch(1_024) {
            for input in batch {
                if case .record(let record) = input { texts.append(record.post.text) }
            }
        }
        return texts
    }
}
