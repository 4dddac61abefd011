import Foundation
import NewswireParse
import Testing

/// The feed parser reads dates against the context's zone and clock: relative dates and dates
/// without a year come out the same on every run.
@Suite struct FeedDateContextTests {
    @Test func relativeAndYearlessDatesUseTheContextClock() throws {
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>观察者网</title>
            <item><title>一</title><link>https://example.com/1</link><pubDate>5分钟前</pubDate></item>
            <item><title>二</title><link>https://example.com/2</link><pubDate>12月30日 18:20</pubDate></item>
            <item><title>三</title><link>https://example.com/3</link><pubDate>昨天 12:00</pubDate></item>
            </channel></rss>
            """
        let now = Date(timeIntervalSince1970: 1_736_049_600) // 2025-01-05T04:00:00Z
        let context = ParseContext(documentURL: "https://example.com/rss",
                                   timeZone: try #require(TimeZone(identifier: "Asia/Shanghai")), now: now)

        let parsed = try FeedParser.parse(Data(feed.utf8), context: context)

        #expect(parsed.items.map(\.published) == [
            now.addingTimeInterval(-300),
            Date(timeIntervalSince1970: 1_735_554_000), // 2024-12-30T10:20:00Z
            Date(timeIntervalSince1970: 1_735_963_200), // 2025-01-04T04:00:00Z
        ])
    }
}
