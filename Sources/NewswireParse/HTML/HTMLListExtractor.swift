import Foundation
import NewswireModel

/// Reads a list (section) page with the `[source.html]` selectors into items.
public struct HTMLListExtractor: Sendable {
    let selectors: HTMLSelectors
    let item: HTMLQuery
    let fields: [String: HTMLQuery]

    /// Compiles every selector; throws for the first that does not parse.
    public init(selectors: HTMLSelectors) throws(HTMLSelectorError) {
        self.selectors = selectors
        guard let item = try HTMLQuery.compile(selectors.item, key: "item") else {
            throw HTMLSelectorError(key: "item", reason: "missing")
        }
        self.item = item
        var fields: [String: HTMLQuery] = [:]
        let named: [(String, String?)] = [
            ("title", selectors.title), ("link", selectors.link), ("date", selectors.date),
            ("summary", selectors.summary), ("category", selectors.category), ("author", selectors.author),
        ]
        for (key, text) in named {
            if let query = try HTMLQuery.compile(text, key: key) { fields[key] = query }
        }
        self.fields = fields
    }

    /// The page's items. Throws when the page is broken for these selectors: `item` matches
    /// nothing, or most items have no title or no link.
    public func extract(_ utf8: Data, context: ParseContext) throws(ParseError) -> HTMLListPage {
        guard let document = HTMLDocument(utf8: utf8, url: context.documentURL), let root = document.root else {
            throw ParseError("empty page")
        }
        let matches = item.nodes(in: root, document: document)
        guard !matches.isEmpty else {
            throw ParseError("item selector \"\(item.text)\" matched nothing: the page layout may have changed")
        }
        var misses = Dictionary(uniqueKeysWithValues: fields.keys.map { ($0, 0) })
        var items: [Item] = []
        var unreadableDates: [String] = []
        var untitled = 0
        var unlinked = 0
        for node in matches {
            var values: [String: [String]] = [:]
            for (key, query) in fields {
                values[key] = query.values(in: node, document: document)
                if values[key]!.isEmpty { misses[key, default: 0] += 1 }
            }
            let entry = item(node, values: values, document: document, context: context,
                             unreadableDates: &unreadableDates)
            if entry.title == nil { untitled += 1 }
            // A scraped item is identified by its link only: without one it cannot be kept apart.
            if entry.link == nil { unlinked += 1 } else { items.append(entry) }
        }
        if unlinked * 2 > matches.count {
            throw ParseError("\(unlinked) of \(matches.count) items have no link"
                + (fields["link"].map { " (selector \"\($0.text)\")" } ?? ""))
        }
        if untitled * 2 > matches.count {
            throw ParseError("\(untitled) of \(matches.count) items have no title"
                + (fields["title"].map { " (selector \"\($0.text)\")" } ?? ""))
        }
        let title = HTMLQuery.first("title", in: root)?.text
        let feed = ParsedFeed(format: .html, title: title?.isEmpty == false ? title : nil,
                              link: context.documentURL, items: items,
                              warnings: unreadableDates.map { "unreadable date: \($0)" }
                                  + (unlinked > 0 ? ["\(unlinked) of \(matches.count) items have no link and were skipped"] : []))
        return HTMLListPage(feed: feed, itemCount: matches.count, misses: misses,
                            timeZone: context.timeZone.identifier)
    }

    private func item(_ node: HTMLNode, values: [String: [String]], document: HTMLDocument,
                      context: ParseContext, unreadableDates: inout [String]) -> Item {
        var item = Item(baseURL: document.baseURL)
        let anchor = node.name == "a" ? node : HTMLQuery.first("a[href]", in: node)
        let title = fields["title"] == nil ? anchor?.text ?? node.text : values["title"]?.first
        item.title = title.map(TextConstruct.text)
        let href = fields["link"] == nil ? anchor?.attribute("href") : values["link"]?.first
        item.link = href.flatMap { usableLink($0, document: document) }
        if let text = values["date"]?.first {
            item.published = HTMLDateReading.parse(text, timeZone: context.timeZone, now: context.now,
                                                   format: selectors.dateFormat)
            if item.published == nil { unreadableDates.append(text) }
        }
        item.summary = values["summary"]?.first.map(TextConstruct.text)
        item.categories = values["category"] ?? []
        item.authors = (values["author"]?.first).map { [HTMLAuthorLine.person($0)] } ?? []
        return item
    }

    /// An absolute http(s) link, or nil for `javascript:`, `#` and empty references.
    private func usableLink(_ href: String, document: HTMLDocument) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let resolved = document.resolve(trimmed)
        return URLResolver.isHTTPURL(resolved) || resolved.hasPrefix("file:") ? resolved : nil
    }
}
