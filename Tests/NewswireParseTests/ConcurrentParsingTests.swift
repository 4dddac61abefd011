import Foundation
import NewswireModel
@testable import NewswireParse
import Testing

@Suite struct ConcurrentParsingTests {
    /// Parsers share no state: documents parsed at the same time give what they give alone.
    @Test func parallelParsesMatchSequentialOnes() async throws {
        let names = ["rss2-news.xml", "atom-blog.xml", "rdf-rss10.xml", "truncated.xml", "xmlbase-nested.xml"]
        let documents = try names.map { try FixtureLoader.data($0) }
        let context = FixtureLoader.context("https://example.com/feed")
        let expected = try documents.map { try FeedParser.parse($0, context: context) }
        let results = try await withThrowingTaskGroup(of: (Int, ParsedFeed).self) { group in
            for round in 0..<40 {
                let index = round % documents.count
                let document = documents[index]
                group.addTask { (index, try FeedParser.parse(document, context: context)) }
            }
            return try await group.reduce(into: [(Int, ParsedFeed)]()) { $0.append($1) }
        }
        #expect(results.count == 40)
        for (index, feed) in results {
            #expect(feed == expected[index])
        }
    }
}
