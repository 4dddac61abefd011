import Foundation
import NewswireModel

/// Reads one article page: `[source.html.article]` selectors first, then page metadata
/// (`og:title`, `article:published_time`, `<time datetime>`, JSON-LD) and automatic main-content extraction.
public struct HTMLArticleExtractor: Sendable {
    let content: HTMLQuery?
    let author: HTMLQuery?
    let date: HTMLQuery?
    let categories: HTMLQuery?
    let remove: [HTMLQuery]
    let dateFormat: String?

    /// Compiles the selectors; nil `selectors` means metadata and automatic extraction only.
    public init(selectors: ArticleSelectors?, dateFormat: String? = nil) throws(HTMLSelectorError) {
        content = try HTMLQuery.compile(selectors?.content, key: "article.content")
        author = try HTMLQuery.compile(selectors?.author, key: "article.author")
        date = try HTMLQuery.compile(selectors?.date, key: "article.date")
        categories = try HTMLQuery.compile(selectors?.categories, key: "article.categories")
        var remove: [HTMLQuery] = []
        for (index, text) in (selectors?.remove ?? []).enumerated() {
            if let query = try HTMLQuery.compile(text, key: "article.remove[\(index)]") { remove.append(query) }
        }
        self.remove = remove
        self.dateFormat = dateFormat
    }

    /// The article on the page at `url` (bytes already UTF-8); naive dates are read in `timeZone`.
    public func extract(_ utf8: Data, url: String, timeZone: TimeZone, now: Date) -> HTMLArticlePage {
        guard let document = HTMLDocument(utf8: utf8, url: url), let root = document.root else {
            return HTMLArticlePage(baseURL: url)
        }
        // Metadata first: JSON-LD lives in <script>, which `remove` or extraction may drop.
        let metadata = HTMLPageMetadata.read(root, document: document, timeZone: timeZone, now: now)
        var page = HTMLArticlePage(title: metadata.title, authors: metadata.authors, published: metadata.published,
                                   categories: metadata.categories, baseURL: document.baseURL)
        if let date {
            let text = date.firstValue(in: root, document: document)
            if text == nil { page.misses.append("article.date") }
            if let text, let parsed = HTMLDateReading.parse(text, timeZone: timeZone, now: now, format: dateFormat) {
                page.published = parsed
            }
        }
        if let author {
            if let line = author.firstValue(in: root, document: document) {
                page.authors = [HTMLAuthorLine.person(line)]
            } else {
                page.misses.append("article.author")
            }
        }
        if let categories {
            let found = categories.values(in: root, document: document)
            if found.isEmpty { page.misses.append("article.categories") }
            page.categories = found.reduce(into: []) { list, name in if !list.contains(name) { list.append(name) } }
        }
        document.remove(matching: remove.map(\.selector) + [Self.neverContent])
        if let content {
            let nodes = content.nodes(in: root, document: document)
            let html = nodes.count == 1 ? nodes[0].innerHTML : nodes.map(\.outerHTML).joined(separator: "\n")
            page.contentHTML = html.isEmpty ? nil : html
        }
        if page.contentHTML == nil {
            // A content selector that finds nothing is reported (preview), and the text is still found.
            if content != nil { page.misses.append("article.content") }
            page.contentHTML = MainContentExtractor.mainContent(of: root, document: document)
        }
        return page
    }

    private static let neverContent = try! CSSSelectorParser.parse("script, style, noscript, template")
}
