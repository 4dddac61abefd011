import NewswireEngine
import Testing

@Suite struct SourcePatternTests {
    @Test(arguments: [
        ("*", "anything", true), ("portal-*", "portal-economy", true), ("portal-*", "portal", false),
        ("a?c", "abc", true), ("a?c", "ac", false), ("*-news", "world-news", true), ("exact", "exact", true),
        ("exact", "exactly", false), ("*a*b*", "xxaxxbxx", true), ("*a*b", "xxaxxbxx", false), ("", "", true),
    ])
    func globs(pattern: String, id: String, expected: Bool) {
        #expect(SourcePattern.matches(pattern, id) == expected)
    }

    @Test func matchingKeepsConfigurationOrder() {
        #expect(SourcePattern.matching(["b*", "a"], in: ["a", "b1", "c", "b2"]) == ["a", "b1", "b2"])
    }
}
