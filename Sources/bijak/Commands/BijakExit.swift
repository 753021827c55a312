import ArgumentParser

/// The exit codes of `bijak`, following sysexits(3) for errors so that scripts and CI can tell them apart.
enum BijakExit {
    /// The post may be published (`check`), or the scan ran.
    static let allow: Int32 = 0
    /// The post should be reviewed.
    static let review: Int32 = 10
    /// The post should not be published as written.
    static let block: Int32 = 20
    /// Wrong arguments (EX_USAGE).
    static let usage: Int32 = 64
    /// The input is not usable: not UTF-8, too large, no valid line (EX_DATAERR).
    static let dataError: Int32 = 65
    /// The input file does not exist or cannot be read (EX_NOINPUT).
    static let noInput: Int32 = 66
    /// An output file cannot be written (EX_CANTCREAT).
    static let cantCreate: Int32 = 73
    /// Bijak itself failed, e.g. the bundled rulebook could not be loaded (EX_SOFTWARE).
    static let internalError: Int32 = 70

    /// Help text listing the codes, shared by the commands' discussions.
    static let checkHelp = """
    Kode keluar / Exit codes:
      0   IZINKAN / ALLOW
      10  TINJAU / REVIEW
      20  TOLAK / BLOCK
      64  salah penggunaan / usage error
      65  data masukan tidak sah (bukan UTF-8, > 10 MB) / invalid input data (not UTF-8, > 10 MB)
      66  berkas tidak ditemukan atau tak terbaca / input file not found or unreadable
      70  kesalahan internal / internal error
    """
}

/// A failure with a bilingual message and the exit code it maps to.
struct BijakFailure: Error {
    /// "Indonesian / English" text shown on standard error.
    var message: String
    /// The process exit code.
    var code: Int32

    static func noInput(_ message: String) -> BijakFailure { BijakFailure(message: message, code: BijakExit.noInput) }
    static func dataError(_ message: String) -> BijakFailure { BijakFailure(message: message, code: BijakExit.dataError) }
    static func internalError(_ message: String) -> BijakFailure { BijakFailure(message: message, code: BijakExit.internalError) }
}

/// Runs a command body, turning a ``BijakFailure`` into its message on standard error and its exit code.
func reportingFailures<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let failure as BijakFailure {
        Console.err("bijak: \(failure.message)")
        throw ExitCode(failure.code)
    }
}
