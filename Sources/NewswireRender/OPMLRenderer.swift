import Foundation

/// Renders the list of generated feeds as OPML 2.0, to import into a feed reader.
public enum OPMLRenderer {
    /// The OPML document; no timestamps inside, so equal input gives equal bytes.
    public static func render(title: String, feeds: [FeedOutline]) -> Data {
        var out = XMLOutput(capacity: 256 + feeds.count * 256)
        out.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<opml version=\"2.0\">\n  <head>\n")
        out.element("    ", "title", text: title)
        out.raw("  </head>\n  <body>\n")
        for feed in feeds {
            out.raw("    <outline type=\"rss\"")
            out.attribute("text", feed.title)
            out.attribute("title", feed.title)
            out.attribute("xmlUrl", feed.xmlURL)
            if let html = feed.htmlURL { out.attribute("htmlUrl", html) }
            out.raw("/>\n")
        }
        out.raw("  </body>\n</opml>\n")
        return out.data
    }
}
