import ArgumentParser
import BijakCore
import Foundation

/// `bijak factcheck`: the debunked claims posts are compared with.
struct FactCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factcheck",
        abstract: "Klaim yang sudah dibantah pemeriksa fakta. / Claims that fact-checkers have debunked.",
        subcommands: [FactCheckSearchCommand.self, FactCheckImportCommand.self]
    )
}

/// `bijak factcheck search TEXT`: the debunked claims closest to a text.
struct FactCheckSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Cari klaim terbantah yang mirip teks. / Find debunked claims similar to a text."
    )

    @Argument(help: "Teks yang dicari. / The text to look up.")
    var text: String

    @Option(name: .customLong("limit"), help: "Jumlah hasil terbanyak. / At most this many results.")
    var limit = 5

    @OptionGroup var engineOptions: EngineOptions

    func run() throws {
        try reportingFailures {
            guard limit > 0 else { throw BijakFailure(message: "--limit harus > 0 / --limit must be > 0", code: BijakExit.usage) }
            let store = try engineOptions.loadEngine(factChecks: true).factChecks
            let matches = store.matches(for: text, limit: limit)
            guard !matches.isEmpty else {
                Console.out("Tidak ada klaim terbantah yang mirip. / No similar debunked claim.\n")
                return
            }
            var output = ""
            for (index, match) in matches.enumerated() {
                output += "\(index + 1). \(match.claim.claim) [\(match.claim.verdict)] "
                    + String(format: "%.2f", match.similarity) + "\n"
                output += "   \(match.claim.source) \(match.claim.date) \(match.claim.url)\n"
            }
            Console.out(output)
        }
    }
}

/// `bijak factcheck import FILE`: validates claims and adds them to the overlay's `data/factcheck-claims.csv`.
struct FactCheckImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Periksa dan tambahkan klaim terbantah ke overlay. / Validate debunked claims and add them to the overlay.",
        discussion: """
        Kolom / Columns: claim|title|klaim|judul, date|tanggal, verdict|putusan, url, [source|sumber]. CSV atau JSON \
        (array objek) / CSV or JSON (array of objects). Tanpa --rulebook-dir hanya diperiksa. / Without \
        --rulebook-dir the file is only validated.
        """
    )

    @Argument(help: "Berkas CSV atau JSON. / A CSV or JSON file.")
    var file: String

    @Option(name: .customLong("format"), help: "csv atau json (bawaan: dari ekstensi). / csv or json (default: from the extension).")
    var format: String?

    @Option(name: .customLong("rulebook-dir"),
            help: ArgumentHelp("Direktori overlay (atau env BIJAK_RULEBOOK_DIR). / The overlay directory (or env BIJAK_RULEBOOK_DIR).",
                               valueName: "DIR"))
    var rulebookDirectory: String?

    func run() throws {
        try reportingFailures {
            var chosen: FactCheckImporter.Format?
            if let format {
                guard let parsed = FactCheckImporter.Format(rawValue: format.lowercased()) else {
                    throw BijakFailure(message: "--format harus csv atau json / --format must be csv or json", code: BijakExit.usage)
                }
                chosen = parsed
            }
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                throw BijakFailure.noInput("berkas tidak ditemukan atau tak terbaca / file not found or unreadable: \(file)")
            }
            let claims: [FactCheckClaim]
            do {
                claims = try FactCheckImporter.load(url, format: chosen)
            } catch let error as RulebookError {
                throw BijakFailure.dataError("berkas ditolak / file rejected: \(error)")
            }
            let path = rulebookDirectory ?? ProcessInfo.processInfo.environment[EngineLoader.overlayEnvironmentVariable]
            guard let path, !path.isEmpty else {
                Console.out("\(claims.count) klaim sah; tidak ditulis (tanpa --rulebook-dir) / \(claims.count) valid claims; not written (no --rulebook-dir)\n")
                return
            }
            let overlay = URL(fileURLWithPath: path)
            let existing: [FactCheckClaim]
            do {
                existing = try EngineLoader.overlayFactChecks(in: overlay)
            } catch let error as RulebookError {
                throw BijakFailure.dataError("klaim overlay yang ada ditolak / existing overlay claims rejected: \(error)")
            }
            // New claims replace existing ones with the same url; order: new first, then the rest as they were.
            var seen = Set<String>()
            var merged: [FactCheckClaim] = []
            for claim in claims + existing where seen.insert(claim.url).inserted { merged.append(claim) }
            let directory = overlay.appendingPathComponent("data")
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(FactCheckImporter.csv(merged).utf8)
                    .write(to: directory.appendingPathComponent(EngineLoader.factCheckFile), options: .atomic)
            } catch {
                throw BijakFailure(message: "tidak dapat menulis / cannot write \(directory.path): \(error.localizedDescription)",
                                   code: BijakExit.cantCreate)
            }
            Console.out("\(claims.count) klaim diimpor, \(merged.count) di overlay / \(claims.count) claims imported, \(merged.count) in the overlay\n")
        }
    }
}
