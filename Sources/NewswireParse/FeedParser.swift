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
