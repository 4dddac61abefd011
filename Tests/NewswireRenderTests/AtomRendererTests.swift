import Foundation
import NewswireTestSupport
import NewswireModel
import Testing
@testable import NewswireRender

@Suite struct AtomRendererTests {
    @Test func feedMatchesGoldenFile() throws {
        try GoldenFile.expectMatches(AtomRenderer.render(RenderSamples.feed), "atom-feed.xml")
    }

    @Test func sameInputGivesSameBytes() {
        #expect(AtomRenderer.render(RenderSamples.feed) == AtomRenderer.render(RenderSamples.feed))
    }

    @Test func htmlIsEscapedExactlyOnce() {
        let xml = String(decoding: AtomRenderer.render(RenderSamples.feed), as: UTF8.self)
        #expect(xml.contains("<summary type=\"html\">&lt;p&gt;Short &amp;amp; sweet&lt;/p&gt;</summary>"))
        #expect(!xml.contains("&amp;amp;amp;"))
    }

    @Test func entriesKeepTheGivenOrder() {
        let xml = String(decoding: AtomRenderer.render(RenderSamples.feed), as: UTF8.self)
        let ids = RenderSamples.feed.entries.map { "<id>\($0.atomID)</id>" }
        let positions = ids.compactMap { xml.range(of: $0)?.lowerBound }
        #expect(positions.count == ids.count)
        #expect(positions == positions.sorted())
    }

    @Test func malformedXHTMLFallsBackToEscapedHTML() {
        let xml = String(decoding: AtomRenderer.render(RenderSamples.feed), as: UTF8.self)
        #expect(xml.contains("<content type=\"html\">&lt;p&gt;unclosed &lt;b&gt;bold&lt;/p&gt;</content>"))
    }

    @Test func entryWithoutLinkOrContentGetsItsSummaryAsContent() {
        var doc = RenderSamples.feed
        doc.entries = [RenderSamples.linklessEntry]
        let xml = String(decoding: AtomRenderer.render(doc), as: UTF8.self)
        #expect(xml.contains("<content type=\"html\">&lt;p&gt;The only text&lt;/p&gt;</content>"))
        #expect(!xml.contains("<summary"))
    }

    @Test func emptyFeedIsValidAndHasNoEntry() throws {
        var doc = RenderSamples.feed
        doc.entries = []
        let xml = String(decoding: AtomRenderer.render(doc), as: UTF8.self)
        #expect(!xml.contains("<entry"))
        #expect(xml.hasSuffix("</feed>\n"))
    }

    @Test(.enabled(if: SchemaValidator.available != nil, SchemaValidator.skipMessage))
    func validatorRejectsAFeedWithoutID() throws {
        let validator = try #require(SchemaValidator.available)
        let folder = try TemporaryFolder()
        let rendered = String(decoding: AtomRenderer.render(RenderSamples.feed), as: UTF8.self)
        let broken = rendered.replacingOccurrences(of: "<id>tag:feeds.example.org,2024:feed/all</id>\n", with: "")
        let file = try folder.write(Data(broken.utf8), "broken.xml")
        #expect(try validator.atomProblems(file) != "")
    }

    @Test(.enabled(if: SchemaValidator.available != nil, SchemaValidator.skipMessage))
    func feedValidatesAgainstAtomSchema() throws {
        let validator = try #require(SchemaValidator.available)
        let folder = try TemporaryFolder()
        var empty = RenderSamples.feed
        empty.entries = []
        for (name, doc) in [("full.xml", RenderSamples.feed), ("empty.xml", empty)] {
            let file = try folder.write(AtomRenderer.render(doc), name)
            let wellFormedness = try validator.wellFormednessProblems(file)
            #expect(wellFormedness == "", "\(name): \(wellFormedness)")
            let atom = try validator.atomProblems(file)
            #expect(atom == "", "\(name): \(atom)")
        }
    }
}
