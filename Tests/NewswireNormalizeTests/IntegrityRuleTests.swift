import Foundation
import NewswireModel
import Testing
@testable import NewswireNormalize

/// The rules that keep what each source said: which hashes may merge stories, which items are kept,
/// and the titles of items that have none.
struct IntegrityRuleTests {
    let source = SourceSpec(id: "s", url: "https://example.com/feed.xml")

    func normalizeCounting(_ items: [Item]) -> NormalizedItems {
        ArticleNormalizer().normalizeCounting(ParsedFeed(format: .rss, items: items), source: source,
                                              documentURL: "https://example.com/feed.xml")
    }

    @Test(arguments: [
        ("", false), ("x", false), ("Read more…", false), ("Photo", false),
        (String(repeating: "a", count: 199), false), (String(repeating: "a", count: 200), true),
        (String(repeating: "é", count: 199), false), (String(repeating: "é", count: 200), true),
        (String(repeating: "经", count: 79), false), (String(repeating: "经", count: 80), true),
        (String(repeating: "a ", count: 150), false), (String(repeating: "😀", count: 200), true),
    ])
    func substantialText(_ text: String, _ expected: Bool) {
        #expect(DedupeRule.isSubstantial(text) == expected, "\(text.count) characters")
    }

    @Test func tenMegabytesOfTextAreSubstantialWithoutReadingThemAll() {
        #expect(DedupeRule.isSubstantial(String(repeating: "word ", count: 2_000_000)))
    }

    @Test func onlyItemsWithSubstantialBodyTextHashAsADedupeKey() throws {
        let long = "The committee voted on Thursday to extend the programme, after a debate that lasted well into "
            + "the night and saw three amendments rejected — a result few had expected in September."
        let items = normalizeCounting([
            Item(link: "https://a.example/1", title: .text("Daily briefing"), summary: .html("Read more…")),
            Item(link: "https://a.example/2", title: .text("Vote"), summary: .text(long + " " + long)),
            Item(link: "https://a.example/3"),
            Item(link: "https://a.example/4", title: .text("Only a title")),
        ]).articles
        #expect(items.map(\.hashIsDedupeKey) == [false, true, false, false])
    }

    @Test func itemsWithMediaAreKeptAndTrulyEmptyOnesCounted() {
        let result = normalizeCounting([
            Item(guid: "comic", summary: .html("<img src=\"/c/412.png\" alt=\"Strip #412\">")),
            Item(enclosures: [Enclosure(url: "https://example.com/audio/ep%207.mp3", type: "audio/mpeg")]),
            Item(content: .html("<video src=\"https://example.com/v.mp4\"></video>")),
            Item(),
            Item(title: .text("  "), summary: .html("<p> </p><script>x()</script>")),
        ])
        #expect(result.emptyItems == 2)
        #expect(result.articles.map(\.title.value) == ["Strip #412", "ep 7.mp3", "v.mp4"])
    }

    @Test(arguments: [
        ("Quick note: the café’s new espresso machine arrived today. It’s loud!",
         "Quick note: the café’s new espresso machine arrived today."),
        ("U.S. officials said on Monday that talks would resume. More later.",
         "U.S. officials said on Monday that talks would resume."),
        ("短讯。今天北京下雪了，交通受到影响。", "短讯。今天北京下雪了，交通受到影响。"),
        ("今天北京下雪了。交通受到影响。", "今天北京下雪了。"),
        ("x", "x"),
    ])
    func titlesFromTextTakeTheFirstSentence(_ text: String, _ expected: String) {
        #expect(DerivedTitle.firstSentence(of: text) == expected)
    }

    @Test func longTextIsCutOnAWordOrACharacter() {
        let latin = String(repeating: "naïve words ", count: 30)
        let title = DerivedTitle.firstSentence(of: latin)
        #expect(title.hasSuffix("…") && title.count <= DerivedTitle.limit + 1 && !title.contains("  "))
        #expect(title.dropLast().hasSuffix("words") || title.dropLast().hasSuffix("naïve"))
        let cjk = DerivedTitle.firstSentence(of: String(repeating: "经济", count: 100))
        #expect(cjk.count == DerivedTitle.limit + 1 && cjk.hasSuffix("…"))
    }

    @Test func titlesFromMediaAndLinks() {
        #expect(DerivedTitle.title(text: "", media: MediaReference(url: "https://x.example/a/cat%20nap.jpg?w=1"),
                                   link: nil) == "cat nap.jpg")
        #expect(DerivedTitle.title(text: "", media: MediaReference(url: "https://x.example/"), link: nil) == "x.example")
        #expect(DerivedTitle.title(text: "", media: nil, link: "https://news.example/world/2024/story/?id=3")
            == "news.example/world/2024/story")
        #expect(DerivedTitle.title(text: "", media: nil, link: nil) == nil)
    }

    @Test func mediaOfSanitizedMarkup() {
        #expect(MediaReference.first(inSanitizedMarkup: "<p>a &lt;img src=\"no\"&gt;</p><img src=\"https://x.example/?a=1&amp;b=2\" alt=\"&quot;Hi&quot;\">")
            == MediaReference(url: "https://x.example/?a=1&b=2", alt: "\"Hi\""))
        #expect(MediaReference.first(inSanitizedMarkup: "<video poster=\"https://x.example/p.jpg\"></video>")?.url
            == "https://x.example/p.jpg")
        #expect(MediaReference.first(inSanitizedMarkup: "<img alt=\"no source\">") == nil)
        #expect(MediaReference.first(inSanitizedMarkup: "") == nil)
    }

    @Test func itemsWithoutGuidAndLinkStayApartWhenTheirMediaDiffer() {
        let photos = normalizeCounting([
            Item(title: .text("Photo of the day"), summary: .html("<img src=\"https://p.example/1.jpg\">")),
            Item(title: .text("Photo of the day"), summary: .html("<img src=\"https://p.example/2.jpg\">")),
            Item(title: .text("Photo of the day"), summary: .html("<img src=\"https://p.example/1.jpg\">")),
        ]).articles
        #expect(photos.count == 2)
        #expect(Set(photos.map(\.identity)).count == 2)
    }
}
