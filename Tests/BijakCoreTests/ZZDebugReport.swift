import Testing
import Foundation
@testable import BijakCore

@Test func zzDebugReport() throws {
    guard ProcessInfo.processInfo.environment["BIJAK_DEBUG_REPORT"] != nil else { return }
    var out = ""
    for example in LabelledPost.all {
        let verdict = TestSupport.engine.check(example.post)
        let flagged = Set(verdict.findings.flatMap { [$0.rule] + $0.related })
        let ok = example.expected.isEmpty ? verdict.decision == .allow : example.expected.allSatisfy(flagged.contains) && verdict.decision != .allow
        if ok { continue }
        let signals = TestSupport.engine.signals(for: example.post)
        let sig = signals.names.map { name in "\(name)=\(String(format: "%.2f", signals.strength(of: name)))[\(signals.instances(of: name).compactMap(\.detail).joined(separator: "|"))]" }.joined(separator: " ")
        out += "EXPECTED \(example.expected) GOT \(verdict.findings.map { "\($0.rule):\(String(format: "%.2f", $0.score))" }) \(example.action ?? "")\n  TEXT: \(example.text)\n  TARGET: \(example.target ?? "")\n  NORM: \(TestSupport.engine.analyze(example.text).normalized)\n  SIG: \(sig)\n"
    }
    try out.write(toFile: "/tmp/debug-report.txt", atomically: true, encoding: .utf8)
}
