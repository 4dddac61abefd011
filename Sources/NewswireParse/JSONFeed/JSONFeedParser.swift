import Foundation
import NewswireModel

/// Reads JSON Feed 1.0 and 1.1 documents (https://jsonfeed.org/version/1.1).
enum JSONFeedParser {
    /// The version URL prefix every JSON Feed names.
    static let versionPrefix = "https://jsonfeed.org/version/"

    /// Parses a UTF-8 JSON document; throws when it is not JSON or not a JSON Feed.
    static func parse(_ utf8: Data, context: ParseContext) throws(ParseError) -> ParsedFeed {
        if let problem = JSONEscapeValidator.loneSurrogate(in: utf8) {
            throw ParseError("invalid JSON Feed: \(problem)")
        }
        let document: JSONFeedDocument
        if let plain = JSONFeedFastReader.read(utf8) {
            document = plain
        } else {
            do {
                document = try JSONDecoder().decode(JSONFeedDocument.self, from: utf8)
            } catch {
                throw ParseError("invalid JSON Feed: " + describe(error))
            }
        }
        guard let version = document.version, isJSONFeedVersion(version) else {
            throw ParseError("not a feed: JSON without a \"version\" starting with \(versionPrefix)")
        }
        var adapter = JSONFeedAdapter(context: context)
        var feed = adapter.feed(from: document)
        feed.warnings = adapter.unreadableDates.map { "unreadable date: \($0)" }
        return feed
    }

    /// Whether `version` names JSON Feed (also the `http:` form some generators write).
    static func isJSONFeedVersion(_ version: String) -> Bool {
        let lowered = version.lowercased()
        return lowered.hasPrefix(versionPrefix) || lowered.hasPrefix("http://jsonfeed.org/version/")
    }

    /// The decoder's own explanation, without Swift type names.
    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.keyNotFound(_, let context):
            return context.debugDescription
        default:
            return String(describing: error)
        }
    }
}
