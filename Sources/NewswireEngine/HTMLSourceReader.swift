import Foundation
import Logging
import NewswireFetch
import NewswireModel
import NewswireNormalize
import NewswireParse
import NewswireStore

/// Reads a `type = "html"` source: the list page, then (with `follow = true`) each article page
/// that is new or whose list entry changed, through the same fetcher with conditional GET.
struct HTMLSourceReader: Sendable {
    /// The list page and the merged items.
    struct Result: Sendable {
        var list: HTMLListPage
        var feed: ParsedFeed
        /// Article pages requested over the network this time.
        var pagesFetched = 0
        /// Article pages that could not be read (their items keep the list's fields).
        var pageFailures: [String] = []
        /// Article pages read (fetched or from the cache).
        var articlePages = 0
        /// Per `[source.html.article]` selector, how many article pages it found nothing in.
        var articleMisses: [String: Int] = [:]
    }

    let fetcher: any Fetcher
    /// Nil for `preview`: nothing is remembered and every page is fetched.
    let cache: (any ArticlePageCache)?
    let logger: Logger
    /// Article pages fetched at the same time (the fetcher's per-host limit still applies).
    let parallelPages = 4

    func read(_ utf8: Data, source: SourceSpec, selectors: HTMLSelectors,
              context: ParseContext) async throws(ParseError) -> Result {
        let listExtractor: HTMLListExtractor
        let articleExtractor: HTMLArticleExtractor
        do {
            listExtractor = try HTMLListExtractor(selectors: selectors)
            articleExtractor = try HTMLArticleExtractor(selectors: selectors.article, dateFormat: selectors.dateFormat)
        } catch {
            throw ParseError(error.description)
        }
        let list = try listExtractor.extract(utf8, context: context)
        var result = Result(list: list, feed: list.feed)
        guard selectors.follow else { return result }
        let cached = (try? cache?.cachedArticlePages(sourceID: source.id)) ?? [:]
        let jobs = list.feed.items.enumerated().compactMap { index, item in
            item.link.map { (index, $0, Self.fingerprint(of: item)) }
        }
        let pageReader = ArticlePageReader(fetcher: fetcher, extractor: articleExtractor, source: source,
                                           context: context)
        var outcomes: [Int: ArticlePageReader.Outcome] = [:]
        await withTaskGroup(of: (Int, ArticlePageReader.Outcome).self) { group in
            var pending = jobs[...]
            func startNext() {
                guard let (index, link, fingerprint) = pending.popFirst() else { return }
                group.addTask { (index, await pageReader.read(link, fingerprint: fingerprint, cached: cached[link])) }
            }
            for _ in 0..<parallelPages { startNext() }
            for await (index, outcome) in group {
                outcomes[index] = outcome
                startNext()
            }
        }
        var keep: [String: CachedArticlePage] = [:]
        for (index, outcome) in outcomes.sorted(by: { $0.key < $1.key }) {
            if outcome.fetched { result.pagesFetched += 1 }
            if let failure = outcome.failure { result.pageFailures.append(failure) }
            if let row = outcome.cacheRow { keep[row.link] = row }
            guard let page = outcome.page else { continue }
            result.feed.items[index] = Self.merge(result.feed.items[index], page)
            result.articlePages += 1
            for key in page.misses { result.articleMisses[key, default: 0] += 1 }
        }
        if let cache {
            do {
                try cache.replaceArticlePages(sourceID: source.id, with: Array(keep.values))
            } catch {
                logger.warning("cannot remember article pages: \(error)")
            }
        }
        return result
    }

    /// The list entry's fields an article page depends on; a change means the page is fetched again.
    static func fingerprint(of item: Item) -> String {
        let parts = [item.link ?? "", item.title?.value ?? "", item.summary?.value ?? "",
                     item.published.map { String($0.timeIntervalSince1970) } ?? "", item.categories.joined(separator: "\u{1F}")]
        return ContentHasher.sha256Hex(parts.joined(separator: "\u{1E}"))
    }

    /// The list item completed by its article page: the list's own fields win where it has them.
    static func merge(_ item: Item, _ page: HTMLArticlePage) -> Item {
        var item = item
        if let html = page.contentHTML { item.content = .html(html) }
        if item.title == nil, let title = page.title { item.title = .text(title) }
        item.published = item.published ?? page.published
        if item.authors.isEmpty { item.authors = page.authors }
        for category in page.categories where !item.categories.contains(category) { item.categories.append(category) }
        item.baseURL = page.baseURL
        return item
    }
}
