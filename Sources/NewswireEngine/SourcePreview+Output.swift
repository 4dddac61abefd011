import Foundation
import NewswireModel

extension SourcePreview {
    /// The `--json` form: source facts, selector results and every article in full.
    struct JSONDocument: Encodable {
        var source: String
        var url: String
        var format: String
        var timezone: String
        var charset: String
        var items: Int
        var selectorMisses: [String: Int]
        var emptySelectors: [String]
        var warnings: [String]
        var articles: [PreviewArticle]

        enum CodingKeys: String, CodingKey {
            case source, url, format, timezone, charset, items, selectorMisses = "selector_misses",
                 emptySelectors = "empty_selectors", warnings, articles
        }
    }

    /// The articles in their preview form, in page order.
    public var previewArticles: [PreviewArticle] {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        return articles.map { PreviewArticle($0, timeZone: zone) }
    }

    /// Pretty-printed JSON with sorted keys.
    public func json() -> String {
        let document = JSONDocument(source: sourceID, url: url, format: format.rawValue, timezone: timeZone,
                                    charset: charset, items: itemCount, selectorMisses: selectorMisses,
                                    emptySelectors: emptySelectors, warnings: warnings, articles: previewArticles)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The human form: a header, the selectors that found nothing, then one block per article.
    public func text(excerptLength: Int = 120) -> String {
        var lines = ["\(sourceID): \(format.rawValue), \(itemCount) items, \(articles.count) articles, charset \(charset), "
            + "naive dates read in \(timeZone) — \(url)"]
        if !emptySelectors.isEmpty {
            lines.append("selectors that matched nothing: \(emptySelectors.joined(separator: ", "))")
        }
        for (key, misses) in selectorMisses.sorted(by: { $0.key < $1.key })
        where misses > 0 && !emptySelectors.contains(key) {
            let scope = key.hasPrefix("article.") ? "\(articlePages) article pages" : "\(itemCount) items"
            lines.append("selector '\(key)' matched nothing in \(misses) of \(scope)")
        }
        for warning in warnings { lines.append("warning: \(warning)") }
        for (index, article) in previewArticles.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(article.title)")
            lines.append("   link:       \(article.link ?? "(none)")")
            if let local = article.publishedLocal, let utc = article.published {
                lines.append("   date:       \(local) (\(timeZone)) = \(utc)")
            } else {
                lines.append("   date:       (none: the first-seen time will be used)")
            }
            lines.append("   categories: \(article.categories.isEmpty ? "(none)" : article.categories.joined(separator: ", "))")
            lines.append("   author:     \(article.authors.isEmpty ? "(none)" : article.authors.joined(separator: ", "))")
            let excerpt = article.contentExcerpt(excerptLength)
            lines.append("   content:    \(excerpt.isEmpty ? article.summary ?? "(none)" : excerpt)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
