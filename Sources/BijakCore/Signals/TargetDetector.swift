/// Carries the verdict on the post being shared, liked or commented on into this post's signals:
/// `target.DJPAS-2` (and `target.<related>`) with the finding's score, and `target.any`.
public struct TargetDetector: SignalDetector {
    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        guard let verdict = input.targetVerdict, !verdict.findings.isEmpty else { return }
        var best = 0.0
        for finding in verdict.findings {
            best = max(best, finding.score)
            for rule in [finding.rule] + finding.related {
                signals.add(Signal(name: "target.\(rule)", score: finding.score, origin: "target:\(finding.rule)",
                                   detail: "target.\(rule)", field: "target"))
            }
        }
        signals.add(Signal(name: "target.any", score: best, origin: "target", detail: "target.any", field: "target"))
    }
}
