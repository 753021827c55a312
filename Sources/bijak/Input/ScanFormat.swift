import ArgumentParser

/// The formats `bijak scan` reads.
enum ScanFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl
    case csv

    /// The format implied by a file name: `.csv` (and `.tsv` is not supported) or JSON lines.
    static func guess(path: String) -> ScanFormat {
        path.lowercased().hasSuffix(".csv") ? .csv : .jsonl
    }
}
