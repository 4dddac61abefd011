import Testing
import NewswireModel
@testable import NewswireNormalize

/// Titles escaped twice by their feed are decoded once more, but only where that names a character.
@Suite struct DoubleEscapeDecoderTests {
    @Test(arguments: [
        ("AT&amp;T", "AT&T"),
        ("&amp;#8217;quoted&#x2019;", "&#8217;quoted’"),
        ("Tom &quot;&amp;&quot; Jerry &hellip;", "Tom \"&\" Jerry …"),
        ("R&D &notanentity; & &;", "R&D &notanentity; & &;"),
        ("&#0; &#x1F; &#xD800; &#99999999;", "&#0; &#x1F; &#xD800; &#99999999;"),
        ("no ampersand", "no ampersand"),
        ("trailing &amp", "trailing &amp"),
    ])
    func decodesKnownReferencesOnly(input: String, expected: String) {
        #expect(DoubleEscapeDecoder.decode(input) == expected)
    }

    @Test func textTitlesAreDecodedOnceMoreAndMarkupTitlesAreNot() {
        let normalizer = ArticleNormalizer()
        let feed = ParsedFeed(format: .rss, rights: "Feed rights", items: [
            Item(link: "https://a.example/1", title: .text("Tom &amp; Jerry")),
            Item(link: "https://a.example/2", title: .html("<b>Bold</b> &amp;amp; more"), rights: "Own"),
        ])
        let articles = normalizer.normalize(feed, source: SourceSpec(id: "s", url: "https://a.example/"),
                                            documentURL: "https://a.example/")
        #expect(articles.map(\.title) == [.text("Tom & Jerry"), .html("<b>Bold</b> &amp;amp; more")])
        #expect(articles.map(\.rights) == ["Feed rights", "Own"])
    }

    @Test func anExcerptTitleIsHashedAsShown() {
        let item = Item(link: "https://a.example/1", content: .html("<p>Only text here</p>"))
        let source = SourceSpec(id: "s", url: "https://a.example/")
        let untitled = ArticleNormalizer().normalize(ParsedFeed(format: .rss, items: [item]), source: source,
                                                     documentURL: "https://a.example/")
        var titled = item
        titled.title = .text("Only text here")
        let withTitle = ArticleNormalizer().normalize(ParsedFeed(format: .rss, items: [titled]), source: source,
                                                      documentURL: "https://a.example/")
        #expect(untitled.first?.title == .text("Only text here"))
        #expect(untitled.first?.contentHash == withTitle.first?.contentHash)
    }
}
