import ArgumentParser
import BijakCore
import Foundation

extension Language: ExpressibleByArgument {}

/// Options every command that runs the engine shares: which rulebook, which language, and whether the trained
/// text models score posts (by default; `--no-models` gives the faster lexicon-only engine).
struct EngineOptions: ParsableArguments {
    @Option(name: .customLong("rulebook-dir"),
            help: ArgumentHelp("Direktori overlay buku aturan organisasi (atau env BIJAK_RULEBOOK_DIR). / An organisation's rulebook overlay directory (or env BIJAK_RULEBOOK_DIR).",
                               valueName: "DIR"))
    var rulebookDirectory: String?

    @Option(name: .customLong("lang"),
            help: ArgumentHelp("Bahasa penjelasan: id atau en. / Language of explanations: id or en.", valueName: "id|en"))
    var language: Language = .indonesian

    @Flag(name: .customLong("models"), inversion: .prefixedNo,
          help: "Pakai model teks terlatih (bawaan: ya). / Use the trained text models (default: yes).")
    var useModels = true

    @Flag(name: .customLong("factcheck"),
          help: "Bandingkan juga dengan klaim hoaks yang sudah dibantah (lebih lambat). / Also compare with debunked hoax claims (slower).")
    var useFactChecks = false

    /// The overlay directory from the option, else from the environment.
    var overlayDirectory: URL? {
        let path = rulebookDirectory ?? ProcessInfo.processInfo.environment[EngineLoader.overlayEnvironmentVariable]
        guard let path, !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// Loads the engine. A refused overlay is a warning, not an error: the bundled rulebook still protects the
    /// user, and stopping would leave them with no check at all.
    func loadEngine(factChecks: Bool? = nil) throws -> BijakEngine {
        do {
            let loaded = try EngineLoader.load(overlayDirectory: overlayDirectory, models: useModels ? .bundled : .none,
                                             factChecks: factChecks ?? useFactChecks)
            if let problem = loaded.overlayError {
                Console.err("Peringatan / Warning: overlay ditolak / overlay rejected: \(problem); "
                            + "buku aturan bawaan tetap berlaku / bundled rulebook stays in force")
            }
            return loaded.engine
        } catch {
            throw BijakFailure.internalError(
                "buku aturan bawaan tidak dapat dimuat / the bundled rulebook could not be loaded: \(error)")
        }
    }
}
