import Foundation
import NewswireModel

/// `[[source]]`, `[source.html]` and `[source.html.article]`.
extension ConfigReader {
    static let sourceKeys = ["id", "url", "type", "interval", "charset", "categories", "timezone", "title", "html"]
    static let htmlKeys = ["item", "title", "link", "date", "date_format", "timezone", "summary", "category",
                           "author", "follow", "article"]
    static let articleKeys = ["content", "author", "date", "categories", "remove"]

    func readSources(ids: inout IDRegistry) -> [SourceSpec] {
        guard let tables = root.tableArray("source", displayName: "[[source]]") else { return [] }
        var sources: [SourceSpec] = []
        for table in tables {
            if let source = readSource(table, ids: &ids) { sources.append(source) }
        }
        return sources
    }

    private func readSource(_ table: ConfigTable, ids: inout IDRegistry) -> SourceSpec? {
        table.rejectUnknownKeys(allowed: Self.sourceKeys)
        let id = readID(table, kind: "source", ids: &ids)
        let name = id.map { "source \"\($0)\"" } ?? "[[source]]"
        var url: String?
        if let text = table.string("url") {
            url = sourceURL(text, at: table.valuePosition("url"))
        } else if !table.contains("url") {
            diagnostics.error(at: table.headerPosition, "\(name) needs a 'url'")
        }
        var type = SourceType.auto
        if let text = table.string("type") {
            if let known = SourceType(rawValue: text) {
                type = known
            } else {
                let names = SourceType.allCases.map(\.rawValue)
                diagnostics.error(at: table.valuePosition("type"),
                                  "unknown source type \"\(text)\"; expected one of \(names.joined(separator: ", "))"
                                      + SpellingSuggestion.hint(for: text, in: names))
            }
        }
        let interval = table.duration("interval")
        let charset = table.string("charset")
        let categories = table.stringArray("categories") ?? []
        var timezone = readTimeZone(table)
        let title = table.string("title")
        var html: HTMLSelectors?
        if let htmlTable = table.subtable("html", displayName: "[source.html]") {
            html = readHTML(htmlTable, sourceName: name)
            timezone = timezone ?? readTimeZone(htmlTable)
            if !table.contains("type") {
                type = .html
            } else if type != .html {
                diagnostics.warning(at: htmlTable.headerPosition, "[source.html] is only used when type = \"html\"")
            }
        } else if type == .html && !table.contains("html") {
            diagnostics.error(at: table.valuePosition("type"),
                              "\(name) has type \"html\" but no [source.html] table with an 'item' selector")
        }
        guard let id, let url else { return nil }
        return SourceSpec(id: id, url: url, type: type, interval: interval, charset: charset,
                          categories: categories, timezone: timezone, title: title, html: html)
    }

    /// The table's `id`, checked for its form and uniqueness among sources and feeds.
    func readID(_ table: ConfigTable, kind: String, ids: inout IDRegistry) -> String? {
        guard let id = table.string("id") else {
            if !table.contains("id") { diagnostics.error(at: table.headerPosition, "\(table.displayName) needs an 'id'") }
            return nil
        }
        guard IDRegistry.isValid(id) else {
            diagnostics.error(at: table.valuePosition("id"),
                              "invalid id \"\(id)\": use lower-case letters, digits, '-' and '_', starting with a letter or digit")
            return nil
        }
        if let owner = ids.claim(id, kind: kind, path: table.keyPath("id")) {
            let line = diagnostics.locator.valuePosition(owner.path).line
            diagnostics.error(at: table.valuePosition("id"),
                              "duplicate id \"\(id)\": already used by the \(owner.kind) at line \(line)")
            return nil
        }
        return id
    }

    private func readTimeZone(_ table: ConfigTable) -> String? {
        guard let name = table.string("timezone") else { return nil }
        guard TimeZone(identifier: name) != nil else {
            diagnostics.error(at: table.valuePosition("timezone"),
                              "unknown time zone \"\(name)\"; use an IANA name like \"Asia/Shanghai\""
                                  + SpellingSuggestion.hint(for: name, in: TimeZone.knownTimeZoneIdentifiers))
            return nil
        }
        return name
    }

    private func readHTML(_ table: ConfigTable, sourceName: String) -> HTMLSelectors? {
        table.rejectUnknownKeys(allowed: Self.htmlKeys)
        let item = selector(table, "item")
        if !table.contains("item") {
            diagnostics.error(at: table.headerPosition, "[source.html] of \(sourceName) needs an 'item' selector")
        }
        var selectors = HTMLSelectors(item: item ?? "")
        selectors.title = selector(table, "title")
        selectors.link = selector(table, "link")
        selectors.date = selector(table, "date")
        selectors.dateFormat = table.string("date_format")
        selectors.summary = selector(table, "summary")
        selectors.category = selector(table, "category")
        selectors.author = selector(table, "author")
        selectors.follow = table.bool("follow") ?? false
        if let article = table.subtable("article", displayName: "[source.html.article]") {
            article.rejectUnknownKeys(allowed: Self.articleKeys)
            var articleSelectors = ArticleSelectors()
            articleSelectors.content = selector(article, "content")
            articleSelectors.author = selector(article, "author")
            articleSelectors.date = selector(article, "date")
            articleSelectors.categories = selector(article, "categories")
            if let remove = article.stringArray("remove") {
                for (index, text) in remove.enumerated() {
                    checkSelector(text, at: diagnostics.locator.valuePosition(article.keyPath("remove") + "[\(index)]"))
                }
                articleSelectors.remove = remove
            }
            selectors.article = articleSelectors
        }
        return item == nil ? nil : selectors
    }

    private func selector(_ table: ConfigTable, _ key: String) -> String? {
        guard let text = table.string(key) else { return nil }
        return checkSelector(text, at: table.valuePosition(key)) ? text : nil
    }

    @discardableResult
    private func checkSelector(_ text: String, at position: @autoclosure () -> TextPosition) -> Bool {
        guard let validateSelector, let problem = validateSelector(text) else { return true }
        diagnostics.error(at: position(), "invalid selector \"\(text)\": \(problem)")
        return false
    }
}
