/// Carries the post being shared, liked or commented on into this post's signals: its findings as
/// `target.DJPAS-2` (and `target.<related>`) with the finding's score, `target.any`, and what it is about as
/// `target.topic.state_symbol` etc., so that a comment mocking the flag in the post it answers can be recognised
/// although the comment never names the flag.
public struct TargetDetector: SignalDetector {
    /// The target's subjects that are passed on as `target.topic.<name>`.
    public static let topics = ["state_symbol", "state_entity", "sara_group", "party", "candidate", "campaign_hashtag",
                                "inmate_term", "prison_security", "health_disaster_scare"]

    /// Creates the detector.
    public init() {}

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        if let targetSignals = input.targetSignals {
            for topic in Self.topics {
                let strength = targetSignals.strength(of: topic)
                if strength > 0 {
                    signals.add(Signal(name: "target.topic.\(topic)", score: strength, origin: "target",
                                       detail: "target.topic.\(topic)", field: "target"))
                }
            }
        }
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
