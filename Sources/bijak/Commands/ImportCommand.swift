import ArgumentParser
import BijakServer
import Foundation

/// `bijak import`: imports an export of public posts into a monitored account of the server's database, screening
/// every post; an interrupted import is resumed by running the same command again.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor unggahan publik akun yang dipantau. / Import public posts of a monitored account.",
        discussion: """
        Format: jsonl, csv (lihat docs/SERVER.md / see docs/SERVER.md), x (tweets.js arsip X / X archive), \
        facebook, instagram (ekspor JSON / JSON export). Basis data seperti `bijak serve` (BIJAK_SQLITE_PATH atau \
        DATABASE_URL). Impor yang terputus dilanjutkan dengan menjalankan perintah yang sama lagi; tidak ada \
        unggahan yang tersimpan dua kali. / The same database as `bijak serve`. An interrupted import resumes when \
        the same command runs again; no post is stored twice.
        Kode keluar / exit codes: 0 selesai / done, 64 salah penggunaan atau akun tak dikenal / usage error or \
        unknown account, 65 format tak dikenali / format not recognised, 66 berkas tak terbaca / file unreadable, \
        70 kesalahan basis data / database error.
        """
    )

    @Argument(help: "Berkas ekspor. / The export file.")
    var file: String

    @Option(help: ArgumentHelp("Akun, mis. x:humas_lapas / Account, e.g. x:humas_lapas.", valueName: "platform:handle"))
    var account: String

    @Option(help: "auto|jsonl|csv|x|facebook|instagram")
    var format: String = "auto"

    @Option(help: ArgumentHelp("Daftarkan akun yang belum terdaftar di unit ini. / Register an unknown account in this unit.",
                               valueName: "NAMA/NAME"))
    var unit: String?

    @Option(help: "personal|institutional (dengan / with --unit)")
    var kind: String = "personal"

    @Flag(help: "Ringkasan sebagai JSON. / Summary as JSON.")
    var json = false

    func run() async throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            Console.err("bijak: berkas tidak ditemukan atau tak terbaca / file not found or unreadable: \(file)")
            throw ExitCode(BijakExit.noInput)
        }
        var chosen: ImportFormat?
        if format != "auto" {
            guard let parsed = ImportFormat(rawValue: format) else {
                Console.err("bijak: format tidak dikenal / unknown format: \(format)")
                throw ExitCode(BijakExit.usage)
            }
            chosen = parsed
        }
        let summary: ImportTool.Summary
        do {
            let configuration = try ServerConfiguration.fromEnvironment()
            let engine = try ImportTool.serverEngine(configuration: configuration)
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue
            let bar = ProgressBar(enabled: Console.stderrIsTerminal, totalBytes: size)
            let log = ImportProgressLog(bar: bar, plain: !Console.stderrIsTerminal)
            let watchdog = ImportWatchdog(stallSeconds: try ImportSettings.fromEnvironment().stallSeconds)
            summary = try await ImportTool.importFile(path: file, account: account, format: chosen, kind: kind,
                                                      registerInUnit: unit, engine: engine,
                                                      configuration: configuration) { progress, _ in
                log.report(progress)
                watchdog.touch()
            }
            watchdog.stop()
            bar.finish()
        } catch let error as ConfigurationError {
            Console.err(error.description)
            throw ExitCode(BijakExit.usage)
        } catch let error as ImportToolError {
            Console.err("bijak: \(error.description)")
            throw ExitCode(BijakExit.dataError)
        } catch let error as AccountReferenceError {
            Console.err("bijak: \(error.description)")
            throw ExitCode(BijakExit.usage)
        } catch {
            Console.err("bijak: impor gagal / import failed: \(error)")
            throw ExitCode(BijakExit.internalError)
        }
        printSummary(summary)
    }

    private func printSummary(_ summary: ImportTool.Summary) {
        let p = summary.progress
        if json {
            let object: [String: Any] = [
                "job": summary.jobID.uuidString, "records": p.records, "stored": p.stored, "duplicates": p.duplicates,
                "flagged": p.flagged, "errors": p.errors, "resumed_from": p.resumedFrom,
                "account_posts": summary.totals.posts, "account_flagged_posts": summary.totals.flaggedPosts,
                "account_flags": summary.totals.flags, "account_review_items": summary.totals.reviewItems,
                "account_inconsistent": summary.totals.inconsistent,
            ]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                Console.out(data)
                Console.out("\n")
            }
            return
        }
        var lines = [
            "Impor selesai / import done (tugas / job \(summary.jobID.uuidString))",
            "  dibaca / read:         \(p.records)" + (p.resumedFrom > 0 ? " (dilanjutkan dari / resumed from \(p.resumedFrom))" : ""),
            "  disimpan / stored:     \(p.stored)",
            "  sudah ada / duplicate: \(p.duplicates)",
            "  ditandai / flagged:    \(p.flagged)",
            "  ditolak / refused:     \(p.errors)",
            "  akun / account: \(summary.totals.posts) unggahan / posts, \(summary.totals.reviewItems) dalam antrean / in the review queue",
        ]
        if p.errors > 0 { lines.append("  Contoh baris ditolak ada di halaman tugas / refused samples are on the job page.") }
        Console.out(lines.joined(separator: "\n") + "\n")
    }
}

/// Ends the process with exit code 70 when no batch has committed for a while: a database that dropped the
/// connection mid-query can leave the driver waiting forever, and a re-run resumes anyway.
final class ImportWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var last = Date()
    private let timer: DispatchSourceTimer

    init(stallSeconds: Int) {
        timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [unowned self] in
            let idle = lock.withLock { Date().timeIntervalSince(last) }
            guard idle > Double(stallSeconds) else { return }
            Console.err("bijak: tidak ada kemajuan selama \(stallSeconds) s; jalankan lagi untuk melanjutkan / "
                        + "no progress for \(stallSeconds) s; run again to resume")
            exit(BijakExit.internalError)
        }
        timer.resume()
    }

    func touch() { lock.withLock { last = Date() } }

    func stop() { timer.cancel() }
}

/// Progress on standard error: the bar on a terminal, otherwise one plain line per committed batch (which the
/// crash test reads to know that batches are committing).
final class ImportProgressLog: @unchecked Sendable {
    private let bar: ProgressBar
    private let plain: Bool
    private let lock = NSLock()

    init(bar: ProgressBar, plain: Bool) {
        self.bar = bar
        self.plain = plain
    }

    func report(_ progress: ImportProgress) {
        lock.withLock {
            if plain {
                Console.err("tersimpan/stored \(progress.stored) dibaca/read \(progress.records)")
            } else {
                bar.update(posts: Int(progress.records), bytesRead: progress.bytesRead)
            }
        }
    }
}
