import Foundation
import Testing
import NewswireModel
@testable import NewswireParse

/// Loads fixture documents and parses them.
enum FixtureLoader {
    static func data(_ name: String) throws -> Data {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }

    static func parse(_ name: String, documentURL: String, timeZone: String = "UTC") throws -> ParsedFeed {
        try FeedParser.parse(data(name), context: context(documentURL, timeZone: timeZone))
    }

    static func parse(text: String, documentURL: String = "https://example.com/feed") throws -> ParsedFeed {
        try FeedParser.parse(Data(text.utf8), context: context(documentURL))
    }

    static func context(_ documentURL: String, timeZone: String = "UTC") -> ParseContext {
        ParseContext(documentURL: documentURL, timeZone: TimeZone(identifier: timeZone)!)
    }

    /// The instant an ISO 8601 UTC timestamp such as `2024-12-26T05:09:00Z` names.
    static func utc(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }
}
