import Foundation
import Logging
import NewswireFetch
import NewswireModel
import NewswireParse
import NewswireStore

/// Turns a fetched source document into a `ParsedFeed`: feeds through `FeedParser`, `type = "html"`
/// sources through the selectors (and their article pages). Shared by polling and `preview`.
struct SourceDocumentReader: Sendable {
    /// The parsed document, and for HTML sources what the selectors found.
    struct Result: Sendable {
        var feed: ParsedFeed
        var html: HTMLSourceReader.Result?
        var charset: String

        /// Some article pages could not be read: the list must be read again next time to retry them.
        var incomplete: Bool { !(html?.pageFailures.isEmpty ?? true) }
    }

    let fetcher: any Fetcher
    let cache: (any ArticlePageCache)?
    let logger: Logger

    func read(_ response: FetchResponse, source: SourceSpec, now: Date) async throws(ParseError) -> Result {
        let decoded = CharsetDecoder.decode(response.body, contentType: response.contentType, override: source.charset)
        let context = ParseContext(documentURL: response.finalURL, timeZone: source.timeZone, now: now,
                                   declaredType: source.type)
        guard source.type == .html, let selectors = source.html else {
            return Result(feed: try FeedParser.parse(decoded.utf8, context: context), charset: decoded.charset)
        }
        let reader = HTMLSourceReader(fetcher: fetcher, cache: cache, logger: logger)
        let html = try await reader.read(decoded.utf8, source: source, selectors: selectors, context: context)
        var feed = html.feed
        feed.warnings += html.pageFailures.map { "article page: \($0)" }
        return Result(feed: feed, html: html, charset: decoded.charset)
    }
}
