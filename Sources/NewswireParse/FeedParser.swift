import Foundation
import NewswireModel

/// What a parser needs beside the bytes.
public struct ParseContext: Sendable {
    /// The document's URL (after redirects): the base for relative links.
    public var documentURL: String
    /// Zone for dates without an offset (the source's `timezone`, default UTC).
    public var timeZone: TimeZone
    /// "Now", for relative dates and year inference.
    public var now: Date
    /// The configured `type`; `.auto` detects the format from the document.
    public var declaredType: SourceType

    public init(documentURL: String, timeZone: TimeZone = TimeZone(identifier: "UTC")!, now: Date = Date(),
                declaredType: SourceType = .auto) {
        self.documentURL = documentURL
        self.timeZone = timeZone
        self.now = now
        self.declaredType = declaredType
    }
}

/// A document that could not be read as a feed at all.
public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var line: Int?

    public init(_ message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

/// Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed 1.0/1.1 documents into a `ParsedFeed`.
public enum FeedParser {
    /// Parses a feed document that is already UTF-8; throws when it is empty or not a feed.
    /// Recovered errors of an ill-formed document become `warnings`.
    public static func parse(_ utf8: Data, context: ParseContext) throws(ParseError) -> ParsedFeed {
        // A byte order mark or blank lines before `<?xml` (PHP feeds) would trip libxml2.
        let start = utf8.startIndex + leadingSkippableCount(utf8)
        guard start < utf8.endIndex else { throw ParseError("empty document") }
        let trimmed = utf8[start...]
        // The document decides its format, whatever the Content-Type or configured type says.
        if trimmed.first == UInt8(ascii: "{") { return try JSONFeedParser.parse(trimmed, context: context) }
        if context.declaredType == .html {
            throw ParseError("type = \"html\" sources are not supported by this version yet")
        }
        let (reader, parser) = read(XMLInputRepair.repair(trimmed) ?? trimmed, context: context)
        if let rootError = reader.rootError { throw rootError }
        guard reader.format != nil else {
            throw ParseError("not a feed: no root element" + (parser.warnings.first.map { " (\($0))" } ?? ""))
        }
        reader.finishFeed()
        var feed = reader.feed
        feed.warnings = parser.warnings + reader.unreadableDates.map { "unreadable date: \($0)" }
        return feed
    }

    /// Runs libxml2 over `document` into a new reader.
    private static func read(_ document: Data, context: ParseContext) -> (FeedDocumentReader, SAXPushParser) {
        let reader = FeedDocumentReader(context: context)
        let parser = SAXPushParser(reader: reader)
        parser.parse(document)
        return (reader, parser)
    }

    /// How many bytes of white space and UTF-8 byte order mark come first.
    private static func leadingSkippableCount(_ data: Data) -> Int {
        data.withUnsafeBytes { raw -> Int in
            var index = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while index < raw.count, raw[index].isXMLWhiteSpace { index += 1 }
            return index
        }
    }
}
