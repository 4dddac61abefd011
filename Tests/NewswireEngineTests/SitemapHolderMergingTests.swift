import Testing
@testable import NewswireEngine

/// Between two renders the changed sitemap entries are collected until there are too many to be worth a
/// part each: then the whole sitemap is rewritten.
struct SitemapHolderMergingTests {
    @Test func holdersAddUpUntilTheLimitThenBecomeUnknown() {
        let merged = SourceOutcome.merging([3, 4], into: [1, 3])
        #expect(merged == [1, 3, 4])
        let limit = SourceOutcome.sitemapHoldersKept
        let full = Set((1...Int64(limit)))
        #expect(SourceOutcome.merging([], into: full) == full)
        #expect(SourceOutcome.merging([Int64(limit) + 1], into: full) == nil)
        #expect(SourceOutcome.merging([1], into: nil) == nil, "once unknown, it stays unknown until the render")
    }
}
