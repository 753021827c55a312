import Foundation
import Testing
@testable import BijakCore

/// Agreement with Sastrawi 1.0.1 on the words of the training split (../shared/data/stemmer-parity.tsv).
@Suite struct StemmerParityTests {
    /// The shared data folder: `../shared/data` beside the package root, three levels above this file.
    static let parityFile: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/data/stemmer-parity.tsv")

    @Test func agreesWithSastrawi() throws {
        let path = Self.parityFile.path
        guard FileManager.default.fileExists(atPath: path) else {
            Issue.record("stemmer parity data not found at \(path); it is expected in ../shared/data beside the package")
            return
        }
        let stemmer = try IndonesianStemmer.bundled()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var total = 0, agree = 0, protectedSkipped = 0, divergedToProtected = 0
        var disagreements: [String] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { continue }
            let word = String(fields[0]), expected = String(fields[1])
            if stemmer.isProtected(word) {
                protectedSkipped += 1
                continue
            }
            total += 1
            let actual = stemmer.stem(word)
            if actual == expected {
                agree += 1
            } else {
                if stemmer.isProtected(actual) { divergedToProtected += 1 }
                if disagreements.count < 30 { disagreements.append("\(word)\tsastrawi=\(expected)\tours=\(actual)") }
            }
        }
        #expect(total > 10_000, "parity file has too few rows: \(total)")
        let percent = total == 0 ? 0 : Double(agree) * 100 / Double(total)
        let summary = String(format: "stemmer parity with Sastrawi 1.0.1: %d/%d = %.2f%% (%d protected words skipped, "
                             + "%d disagreements are deliberate: the stem is a protected word)",
                             agree, total, percent, protectedSkipped, divergedToProtected)
        print(summary)
        for line in disagreements { print("  disagree: \(line)") }
        Attachment.record(summary + "\n" + disagreements.joined(separator: "\n"), named: "stemmer-parity.txt")
        #expect(percent >= 98, "\(summary)")
    }
}
