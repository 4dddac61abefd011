import Foundation
import NewswireEngine
import NewswireModel
import Testing

@Suite struct AtomIDsTests {
    let ids = AtomIDs(baseURL: "https://Feeds.Example.org/news")

    @Test func feedURLsLiveUnderBaseURL() {
        #expect(ids.feedURL("all") == "https://Feeds.Example.org/news/feeds/all.xml")
    }

    @Test func articleIDsAreTagURIsStableForTheSameIdentity() {
        let article = Article(identity: "guid-1", canonicalLink: nil, contentHash: "h", title: .text("T"))
        let day = Date(timeIntervalSince1970: 1_735_218_540) // 2024-12-26T13:09:00Z
        let first = ids.mintArticleID(sourceID: "s", article: article, firstSeen: day)
        #expect(first.hasPrefix("tag:feeds.example.org,2024-12-26:s/"))
        #expect(first == ids.mintArticleID(sourceID: "s", article: article, firstSeen: day))
        #expect(first != ids.mintArticleID(sourceID: "other", article: article, firstSeen: day))
    }

    @Test(arguments: [(0.0, "1970-01-01"), (951_782_400, "2000-02-29"), (1_735_603_199, "2024-12-30"),
                      (-86_400, "1969-12-31")])
    func days(seconds: Double, expected: String) {
        let article = Article(identity: "x", canonicalLink: nil, contentHash: "h", title: .text("T"))
        #expect(ids.mintArticleID(sourceID: "s", article: article, firstSeen: Date(timeIntervalSince1970: seconds))
            .contains(",\(expected):"))
    }
}
