import Foundation
import NewswireModel

/// Renders `index.html`: feed autodiscovery links, the list of feeds and the latest articles.
public enum IndexPageRenderer {
    /// A plain HTML5 page; every value escaped. `sourceTitles` maps source ids to display names;
    /// `unlistedFeeds` feeds not in `feeds` are pointed to in `feeds.opml`.
    public static func render(title: String, feeds: [FeedOutline], unlistedFeeds: Int = 0, latest: [StoredArticle],
                              sourceTitles: [String: String]) -> Data {
        var out = XMLOutput(capacity: 1_024 + feeds.count * 300 + latest.count * 400)
        out.raw("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n")
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.element("", "title", text: title)
        for feed in feeds {
            out.raw("<link rel=\"alternate\" type=\"application/atom+xml\"")
            out.attribute("title", feed.title)
            out.attribute("href", feed.xmlURL)
            out.raw(">\n")
        }
        out.raw("</head>\n<body>\n")
        out.element("", "h1", text: title)
        out.raw("<h2>Feeds</h2>\n<ul class=\"feeds\">\n")
        for feed in feeds {
            out.raw("<li>")
            link(feed.title, href: feed.xmlURL, to: &out)
            if let html = feed.htmlURL {
                out.raw(" (")
                link("site", href: html, to: &out)
                out.raw(")")
            }
            out.raw("</li>\n")
        }
        out.raw("</ul>\n")
        if unlistedFeeds > 0 {
            out.raw("<p class=\"more-feeds\">")
            out.text("The \(unlistedFeeds) sources' own feeds are listed in ")
            link("feeds.opml", href: "feeds.opml", to: &out)
            out.raw(".</p>\n")
        }
        out.raw("<h2>Latest articles</h2>\n<ol class=\"articles\">\n")
        for stored in latest {
            out.raw("<li>")
            let plainTitle = HTMLPlainText.plainText(stored.article.title).trimmingASCIIWhitespace()
            let articleTitle = plainTitle.isEmpty ? "(untitled)" : plainTitle
            if let href = stored.article.canonicalLink {
                link(articleTitle, href: href, to: &out)
            } else {
                out.text(articleTitle)
            }
            // A span, not `<time>`: libxml2's HTML parser (what checks this page) knows only HTML 4.
            out.raw(" <span class=\"date\">")
            appendDisplayDate(stored.published, to: &out)
            out.raw("</span>")
            let sourceNames = stored.sourceIDs.map { sourceTitles[$0] ?? $0 }
            if !sourceNames.isEmpty {
                out.raw(" <span class=\"source\">")
                out.text(sourceNames.joined(separator: ", "))
                out.raw("</span>")
            }
            out.raw("</li>\n")
        }
        out.raw("</ol>\n</body>\n</html>\n")
        return out.data
    }

    private static func link(_ text: String, href: String, to out: inout XMLOutput) {
        out.raw("<a")
        out.attribute("href", href)
        out.raw(">")
        out.text(text)
        out.raw("</a>")
    }

    /// `2024-12-26 05:09 UTC`: the page has no reader's time zone to use.
    private static func appendDisplayDate(_ date: Date, to out: inout XMLOutput) {
        let full = RFC3339.string(from: date)
        out.text(String(full.prefix(10)) + " " + String(full.dropFirst(11).prefix(5)) + " UTC")
    }
}
