import Foundation
import Logging
import NewswireFetch
import NewswireModel
import NewswireNormalize
import NewswireParse

/// What `newswire preview` shows for one source: the articles it would yield, and how the selectors fared.
public struct SourcePreview: Sendable {
    /// The configured id (`preview` for a bare URL).
    public var sourceID: String
    /// The address fetched (after redirects).
    public var url: String
    /// The document format read.
    public var format: FeedFormat
    /// The zone naive dates were read in.
    public var timeZone: String
    /// The charset the list page was read as.
    public var charset: String
    /// Normalized articles, in page order: exactly what `regenerate` would store.
    public var articles: [Article]
    /// For HTML sources: `item` matches, and per field selector the items it found nothing in.
    public var itemCount: Int
    /// Per field selector, how many items (for `article.*` selectors: article pages) it found nothing in.
    public var selectorMisses: [String: Int]
    /// Article pages read (`follow = true`).
    public var articlePages: Int
    /// Field selectors that matched nothing in any item.
    public var emptySelectors: [String]
    /// Recovered problems: unreadable dates, article pages that failed…
    public var warnings: [String]
}

/// A failure of `preview`: the fetch, the HTTP status or the page itself.
public struct PreviewError: Error, Sendable, CustomStringConvertible {
    /// The address that failed.
    public var url: String
    /// What went wrong.
    public var reason: String

    /// The reason, then the address.

    public var description: String { "\(reason) — \(url)" }
}

/// Fetches and extracts one source without storing anything (`newswire preview`).
public struct SourcePreviewer: Sendable {
    let fetcher: any Fetcher
    let logger: Logger
    let now: @Sendable () -> Date

    /// A previewer fetching through `fetcher`.
    public init(fetcher: any Fetcher, logger: Logger, now: @escaping @Sendable () -> Date = Date.init) {
        self.fetcher = fetcher
        self.logger = logger
        self.now = now
    }

    /// Fetches `source` (its list page and, with `follow`, every article page) and extracts its articles.
    public func preview(_ source: SourceSpec) async throws(PreviewError) -> SourcePreview {
        let request = FetchRequest(url: source.url, allowFile: source.url.hasPrefix("file:"))
        let response: FetchResponse
        do {
            response = try await fetcher.fetch(request)
        } catch {
            throw PreviewError(url: source.url, reason: error.message)
        }
        guard (200..<300).contains(response.status) else {
            throw PreviewError(url: source.url, reason: "HTTP \(response.status)")
        }
        let reader = SourceDocumentReader(fetcher: fetcher, cache: nil, logger: logger)
        let document: SourceDocumentReader.Result
        do {
            document = try await reader.read(response, source: source, now: now())
        } catch {
            throw PreviewError(url: response.finalURL, reason: error.description)
        }
        let articles = ArticleNormalizer().normalize(document.feed, source: source, documentURL: response.finalURL)
        return SourcePreview(
            sourceID: source.id, url: response.finalURL, format: document.feed.format,
            timeZone: source.timeZone.identifier, charset: document.charset, articles: articles,
            itemCount: document.html?.list.itemCount ?? document.feed.items.count,
            selectorMisses: (document.html?.list.misses ?? [:]).merging(document.html?.articleMisses ?? [:]) { $1 },
            articlePages: document.html?.articlePages ?? 0,
            emptySelectors: Self.emptySelectors(document.html),
            warnings: document.feed.warnings)
    }

    /// List selectors that matched in no item, and article selectors that matched on no article page.
    private static func emptySelectors(_ html: HTMLSourceReader.Result?) -> [String] {
        guard let html else { return [] }
        let article = html.articleMisses.filter { $0.value == html.articlePages }.map(\.key)
        return (html.list.emptySelectors + article).sorted()
    }
}
