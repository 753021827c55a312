import Testing
@testable import BijakCore

@Suite struct SignalConditionTests {
    @Test(arguments: [
        ("hostility", "hostility", 0.0),
        ("hatespeech.HS>=0.6", "hatespeech.HS", 0.6),
        ("target.DJPAS-1", "target.DJPAS-1", 0.0),
    ])
    func parsesCompactForm(text: String, name: String, minimum: Double) throws {
        let condition = try #require(SignalCondition(compact: text))
        #expect(condition.signal == name)
        #expect(condition.minScore == minimum)
    }

    @Test(arguments: ["", ">=0.5", "hostility>=2", "host ility", "x>=abc"])
    func rejectsMalformedConditions(text: String) {
        #expect(SignalCondition(compact: text) == nil)
    }
}
