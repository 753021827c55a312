@testable import BijakServer
import Testing

/// The pages' string tables, merged from one table per area.
@Suite struct UIStringsTests {
    /// Two areas defining the same key would leave one of them showing the other's words.
    @Test func everyKeyIsDefinedOnce() {
        #expect(UIStrings.duplicateKeys.isEmpty, "\(UIStrings.duplicateKeys)")
    }

    @Test func bothLanguagesHaveTheSameKeys() {
        let indonesian = UIStrings.table(.indonesian), english = UIStrings.table(.english)
        #expect(Set(indonesian.keys) == Set(english.keys))
        #expect(indonesian.values.allSatisfy { !$0.isEmpty } && english.values.allSatisfy { !$0.isEmpty })
    }
}
