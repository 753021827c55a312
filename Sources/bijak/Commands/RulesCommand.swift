import ArgumentParser
import BijakCore

/// `bijak rules`: the rules in force, so a user can read what Bijak checks and where each rule is written.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Daftar dan rincian aturan. / List and show the rules.",
        subcommands: [RulesListCommand.self, RulesShowCommand.self],
        defaultSubcommand: RulesListCommand.self
    )
}

/// `bijak rules [list]`: every rule on one line.
struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Daftar semua aturan. / List every rule."
    )

    @OptionGroup var engineOptions: EngineOptions

    @Flag(name: .customLong("json"), help: "Cetak sebagai JSON. / Print as JSON.")
    var json = false

    func run() throws {
        try reportingFailures {
            let rulebook = try engineOptions.loadEngine().rulebook
            let listing = RuleListing(rulebook, language: engineOptions.language)
            Console.out(json ? try JSONOutput.string(listing) + "\n" : listing.table())
        }
    }
}

/// `bijak rules show ID`: one rule in full.
struct RulesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Tampilkan satu aturan lengkap. / Show one rule in full.",
        discussion: "Kode keluar / Exit codes: 0 ok, 64 id tidak dikenal / unknown id, 70 kesalahan internal / internal error."
    )

    @Argument(help: ArgumentHelp("Id aturan, mis. DJPAS-2. / Rule id, e.g. DJPAS-2.", valueName: "ID"))
    var id: String

    @OptionGroup var engineOptions: EngineOptions

    @Flag(name: .customLong("json"), help: "Cetak sebagai JSON. / Print as JSON.")
    var json = false

    func run() throws {
        try reportingFailures {
            let rulebook = try engineOptions.loadEngine().rulebook
            guard let rule = rulebook.rule(id) else {
                let close = RuleSuggestions.closeIDs(to: id, among: rulebook.rules.map(\.id))
                let list = close.isEmpty ? "(buku aturan kosong / the rulebook is empty)" : close.joined(separator: ", ")
                throw BijakFailure(message: "aturan tidak dikenal / unknown rule: \"\(id)\". "
                                   + "Mungkin / Did you mean: \(list)", code: BijakExit.usage)
            }
            Console.out(json ? try JSONOutput.string(rule) + "\n"
                             : RuleDetailPrinter(language: engineOptions.language).render(rule))
        }
    }
}
