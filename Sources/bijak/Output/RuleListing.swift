import BijakCore

/// The rulebook as `bijak rules` lists it.
struct RuleListing: Encodable {
    struct Row: Encodable {
        var id: String
        var severity: Severity
        var title: String
        var actions: [PostAction]
        var source: String
    }

    var rulebookVersion: String
    var rules: [Row]

    private enum CodingKeys: String, CodingKey { case rulebookVersion = "rulebook_version", rules }

    init(_ rulebook: Rulebook, language: Language) {
        rulebookVersion = rulebook.version
        rules = rulebook.rules.map {
            Row(id: $0.id, severity: $0.severity, title: $0.title.text(in: language),
                actions: $0.actions, source: "\($0.source.document), \($0.source.point)")
        }
    }

    func table() -> String {
        var lines = ["Buku aturan / Rulebook: \(rulebookVersion) — \(rules.count) aturan / rules"]
        lines += Table.render(header: ["id", "tingkat/severity", "judul/title", "tindakan/actions", "sumber/source"],
                              rows: rules.map { [$0.id, $0.severity.rawValue, $0.title,
                                                 $0.actions.map(\.rawValue).joined(separator: ","), $0.source] })
        return lines.joined(separator: "\n") + "\n"
    }
}
