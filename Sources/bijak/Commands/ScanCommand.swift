import ArgumentParser
import BijakCore
import Foundation

/// `bijak scan`: checks every post of an export (JSONL or CSV) and streams one JSON verdict per line.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Periksa berkas JSONL/CSV berisi banyak unggahan. / Check a JSONL or CSV file of many posts.",
        discussion: """
        JSONL: satu objek per baris / one object per line: {"id", "text", "action"?, "target"?, "context"?, "media"?}.
        CSV: baris judul wajib / header row required; kolom teks / text column: --text-column, text, Tweet, \
        comment_text, atau kolom pertama / or the first column.
        Keluaran / Output (stdout, urutan masukan / input order):
          {"id", "line", "decision", "findings", "rulebook_version"}
        Baris rusak dilaporkan di stderr dan dilewati. / Malformed lines are reported on stderr and skipped.

        Kode keluar / Exit codes:
          0   pemindaian selesai (walau ada temuan) / the scan ran (even with findings)
          64  salah penggunaan / usage error
          65  tidak ada baris yang sah / no valid line at all
          66  berkas tidak ditemukan atau tak terbaca / file not found or unreadable
          70  kesalahan internal / internal error
        """
    )

    /// Posts read, checked and written at a time: large enough to keep every core busy, small enough that
    /// memory stays flat whatever the file's size.
    static let batchSize = 512

    @Argument(help: ArgumentHelp("Berkas JSONL atau CSV (- untuk stdin). / A JSONL or CSV file (- for stdin).", valueName: "FILE"))
    var file: String

    @Option(name: .customLong("format"), help: ArgumentHelp("jsonl atau csv (bawaan: dari ekstensi). / jsonl or csv (default: from the extension).",
                                                             valueName: "jsonl|csv"))
    var format: ScanFormat?

    @Option(name: .customLong("text-column"), help: ArgumentHelp("Kolom teks CSV. / CSV text column.", valueName: "NAME"))
    var textColumn: String?

    @Option(name: .customLong("id-column"), help: ArgumentHelp("Kolom id CSV. / CSV id column.", valueName: "NAME"))
    var idColumn: String?

    @Option(name: .customLong("jobs"), help: ArgumentHelp("Jumlah thread (bawaan: semua inti). / Threads (default: all cores).", valueName: "N"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("summary-only"), help: "Hanya ringkasan, tanpa putusan per baris. / Only the summary, no per-line verdicts.")
    var summaryOnly = false

    @Flag(name: .customLong("quiet"), help: "Tanpa progres dan ringkasan (baris rusak tetap dilaporkan). / No progress or summary (malformed lines are still reported).")
    var quiet = false

    @OptionGroup var engineOptions: EngineOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs harus minimal 1 / --jobs must be at least 1") }
    }

    func run() throws {
        let checked = try reportingFailures { try scan() }
        if checked == 0 {
            Console.err("bijak: tidak ada baris yang sah / no valid line in \(file)")
            throw ExitCode(BijakExit.dataError)
        }
    }

    /// Runs the scan and returns the number of posts that got a verdict.
    private func scan() throws -> Int {
        let (handle, size) = try open()
        let engine = try engineOptions.loadEngine()
        var source: any ScanSource = switch format ?? ScanFormat.guess(path: file) {
        case .jsonl: JSONLSource(handle: handle)
        case .csv: try CSVSource(handle: handle, path: file, textColumn: textColumn, idColumn: idColumn)
        }
        let checker = BatchChecker(engine: engine, language: engineOptions.language, jobs: jobs)
        let progress = ProgressBar(enabled: !quiet && Console.stderrIsTerminal, totalBytes: size)
        var summary = ScanSummary()
        let started = Date()
        while let batch = try source.nextBatch(Self.batchSize) {
            var output = Data()
            for outcome in checker.check(batch) {
                switch outcome {
                case .checked(let verdict, let line):
                    summary.add(verdict)
                    if !summaryOnly { output.append(line) }
                case .problem(let problem):
                    summary.malformed += 1
                    progress.finish()
                    Console.err(problem.report)
                case .blank:
                    break
                }
            }
            if !output.isEmpty { Console.out(output) }
            progress.update(posts: summary.checked, bytesRead: source.bytesRead)
        }
        progress.finish()
        if !quiet { Console.err(summary.render(elapsed: Date().timeIntervalSince(started))) }
        return summary.checked
    }

    /// Opens the input; `-` is standard input.
    private func open() throws -> (FileHandle, Int?) {
        if file == "-" { return (FileHandle.standardInput, nil) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw BijakFailure.noInput("berkas tidak ditemukan / file not found: \(file)")
        }
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: file) else {
            throw BijakFailure.noInput("berkas tidak dapat dibaca / file cannot be read: \(file)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
        return (handle, size)
    }
}
