import BijakCore

/// One output line of `bijak scan`: the verdict of one input post, tagged with its id and line.
struct ScanResultLine: Encodable {
    var id: ScanID
    var line: Int
    var decision: Decision
    var findings: [Finding]
    var rulebookVersion: String

    private enum CodingKeys: String, CodingKey {
        case id, line, decision, findings, rulebookVersion = "rulebook_version"
    }
}
