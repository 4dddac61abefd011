import Foundation
import NewswireStore
import Testing

@Suite struct SourceLabelTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-labels-\(UUID().uuidString)").path

    @Test func labelsMatchTheFetchStates() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var titled = SourceFetchState(sourceID: "a", url: "https://a.test/feed")
        titled.title = "Feed A"
        titled.siteLink = "https://a.test/"
        try store.saveFetchState(titled)
        try store.saveFetchState(SourceFetchState(sourceID: "b", url: "https://b.test/feed"))

        let labels = try store.sourceLabels(of: nil)
        #expect(try store.sourceLabels(of: ["b", "z"]) == ["b": SourceLabel(title: nil, siteLink: nil)])

        #expect(labels == ["a": SourceLabel(title: "Feed A", siteLink: "https://a.test/"),
                           "b": SourceLabel(title: nil, siteLink: nil)])
        #expect(labels == (try store.fetchStates()).mapValues { SourceLabel(title: $0.title, siteLink: $0.siteLink) })
    }
}
