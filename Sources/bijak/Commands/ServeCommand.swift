import ArgumentParser
import BijakServer

/// `bijak serve`: the web application and JSON API (see docs/SERVER.md for the environment variables).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Jalankan aplikasi web dan API. / Run the web application and API.",
        discussion: """
        Basis data: SQLite (BIJAK_SQLITE_PATH, bawaan/default bijak.sqlite) atau PostgreSQL (DATABASE_URL=postgres://...).
        Pengaturan lain lewat variabel lingkungan BIJAK_*, lihat docs/SERVER.md. / Other settings through BIJAK_*
        environment variables, see docs/SERVER.md.
        """
    )

    @Option(name: .customLong("hostname"),
            help: ArgumentHelp("Alamat yang didengarkan (bawaan 127.0.0.1). / Address to listen on.", valueName: "H"))
    var hostname: String?

    @Option(name: .customLong("port"), help: ArgumentHelp("Port (bawaan 8080). / Port (default 8080).", valueName: "P"))
    var port: Int?

    func validate() throws {
        if let port, !(1...65_535).contains(port) {
            throw ValidationError("Port harus 1...65535 / port must be 1...65535: \(port)")
        }
    }

    func run() async throws {
        do {
            try await ServerLauncher.serve(hostname: hostname, port: port)
        } catch let error as ConfigurationError {
            Console.err(error.description)
            throw ExitCode(BijakExit.usage)
        }
    }
}
