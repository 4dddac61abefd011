import Foundation
import NewswireModel
@testable import NewswireParse
import Testing

@Suite struct RobustnessTests {
    @Test func truncatedFeedKeepsItsCompleteItemsAndReportsWarnings() throws {
        let feed = try FixtureLoader.parse("truncated.xml", documentURL: "https://example.com/feed")
        #expect(feed.title == "Broken & Co")
        #expect(feed.items.count == 2)
        #expect(feed.items.prefix(2).map(\.link) == ["https://example.com/1", "https://example.com/2"])
        #expect(!feed.warnings.isEmpty)
    }

    @Test func entitiesAfterARecoveredErrorAreStillDecoded() throws {
        let feed = try FixtureLoader.parse("truncated.xml", documentURL: "https://example.com/feed")
        let second = try #require(feed.items.dropFirst().first)
        #expect(feed.items.first?.summary == .html("a & b"))
        #expect(second.title == .text("Two ©  <x>"))
        #expect(second.summary == .html("<p>ok</p>"))
    }

    @Test func illegalControlCharactersAreDropped() throws {
        let text = "<rss version=\"2.0\"><channel><title>A\u{1}B\u{0B}C\u{1F}</title><item><title>x\u{0}y\u{8}z</title>"
            + "<description>tab\tand\nline</description></item></channel></rss>"
        let feed = try FixtureLoader.parse(text: text)
        #expect(feed.title == "ABC")
        let item = try #require(feed.items.first)
        #expect(item.title == .text("xyz"))
        #expect(item.summary == .html("tab\tand\nline"))
        #expect(feed.warnings.isEmpty)
    }

    @Test(arguments: [
        ("<a>\t\r\n &amp; &#38; &#x26; &nbsp; &a.b-c; <![CDATA[ & ]]></a>", nil),
        ("A\u{0}B\u{1B}", "AB"),
        ("Q&A &; & &# &#x; &#12 &amp", "Q&amp;A &amp;; &amp; &amp;# &amp;#x; &amp;#12 &amp;amp"),
        ("<a href=\"?a=1&b=2\">", "<a href=\"?a=1&amp;b=2\">"),
        ("<![CDATA[a & b\u{1}]]> & <![CDATA[unterminated &", "<![CDATA[a & b]]> &amp; <![CDATA[unterminated &"),
    ] as [(String, String?)])
    func inputRepair(input: String, expected: String?) {
        let repaired = XMLInputRepair.repair(Data(input.utf8))
        #expect(repaired.map { String(decoding: $0, as: UTF8.self) } == expected)
    }

    @Test func bareAmpersandsSurviveInTextAndLinks() throws {
        let feed = try FixtureLoader.parse(text: """
            <rss version="2.0"><channel><title>Q&A</title><item><title>Tom & Jerry</title>
            <link>https://example.com/?a=1&b=2</link></item></channel></rss>
            """)
        #expect(feed.title == "Q&A")
        #expect(feed.items.first?.title == .text("Tom & Jerry"))
        #expect(feed.items.first?.link == "https://example.com/?a=1&b=2")
        #expect(feed.warnings.isEmpty)
    }

    @Test func undeclaredHTMLEntitiesAreRecovered() throws {
        let feed = try FixtureLoader.parse(text: """
            <rss version="2.0"><channel><title>A&nbsp;B &raquo; C &hellip;</title>
            <item><title>x &mdash; y</title><link>https://example.com/?a=1&amp;b=2&nbsp;</link></item></channel></rss>
            """)
        #expect(feed.title == "A\u{A0}B \u{BB} C \u{2026}")
        #expect(feed.items.first?.title == .text("x \u{2014} y"))
        #expect(feed.items.first?.link?.hasPrefix("https://example.com/?a=1&b=2") == true)
    }

    @Test(arguments: ["\u{FEFF}", "\n\n  ", "\u{FEFF}\r\n"])
    func byteOrderMarkAndBlankLinesBeforeTheDeclaration(prefix: String) throws {
        let feed = try FixtureLoader.parse(text: prefix + "<?xml version=\"1.0\"?><rss><channel><title>t</title></channel></rss>")
        #expect(feed.title == "t")
        #expect(feed.warnings.isEmpty)
    }

    @Test func htmlEntitiesInAttributesAreDecoded() throws {
        let feed = try FixtureLoader.parse(text: """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><category term="a&nbsp;b &eacute;t&eacute;"/>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a title="x&raquo;y">z</a></div></content>
            </entry></feed>
            """)
        #expect(feed.items.first?.categories == ["a\u{A0}b été"])
        #expect(feed.items.first?.content == TextConstruct(.xhtml, "<a title=\"x\u{BB}y\">z</a>"))
        #expect(feed.warnings.isEmpty)
    }

    @Test func ampersandsInAttributesAreDecoded() throws {
        let feed = try FixtureLoader.parse(text: """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>
            <link href="https://example.com/?a=1&amp;b=2&#38;c=3"/></entry></feed>
            """)
        #expect(feed.items.first?.link == "https://example.com/?a=1&b=2&c=3")
    }

    @Test func gb2312DeclaredDocumentGivenAsUTF8KeepsChineseText() throws {
        let feed = try FixtureLoader.parse("gb2312-declared.xml", documentURL: "https://www.guancha.cn/rss",
                                           timeZone: "Asia/Shanghai")
        #expect(feed.title == "观察者网")
        let item = try #require(feed.items.first)
        #expect(item.title == .text("中国经济：稳中有进"))
        #expect(item.published == FixtureLoader.utc("2024-12-26T05:09:00Z"))
    }

    @Test(arguments: ["gbk", "big5", "iso-8859-1", "windows-1252", "shift_jis", "UTF-16", "no-such-charset"])
    func declaredEncodingIsIgnoredForUTF8Input(encoding: String) throws {
        let feed = try FixtureLoader.parse(text: """
            <?xml version="1.0" encoding="\(encoding)"?>
            <rss version="2.0"><channel><title>新闻 café</title><item><title>标题 – ü</title></item></channel></rss>
            """)
        #expect(feed.title == "新闻 café")
        #expect(feed.items.first?.title == .text("标题 – ü"))
    }

    @Test func externalEntitiesAreNeverExpanded() throws {
        let feed = try FixtureLoader.parse("xxe.xml", documentURL: "https://example.com/feed")
        let texts = [feed.title ?? ""] + feed.items.flatMap { [$0.title?.value ?? "", $0.summary?.value ?? ""] }
        for text in texts {
            #expect(!text.contains("root:"))
            #expect(!text.contains("declared internal"))
        }
        #expect(feed.items.first?.summary?.value.hasPrefix("before") == true)
    }

    @Test func billionLaughsIsNotExpanded() throws {
        let feed = try FixtureLoader.parse("billion-laughs.xml", documentURL: "https://example.com/feed")
        #expect(feed.items.count == 1)
        #expect((feed.items.first?.title?.value.utf8.count ?? 0) < 1000)
    }

    @Test func htmlPageIsNotAFeed() throws {
        #expect(throws: ParseError("not a feed: root element <html>")) {
            try FixtureLoader.parse("not-a-feed.html", documentURL: "https://example.com/")
        }
    }

    @Test(arguments: [
        ("", "empty document"),
        ("  \n\t", "empty document"),
        ("\u{FEFF}  {\"items\": []}", "not a feed: JSON without a \"version\" starting with https://jsonfeed.org/version/"),
        ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"\\udc00\"}",
         "invalid JSON Feed: lone surrogate \\uDC00 at byte 58"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "not a feed: root element <svg>"),
        ("<atom:feed xmlns:atom=\"urn:other\"/>", "not a feed: root element <atom:feed>"),
    ])
    func documentsThatAreNoFeed(text: String, message: String) {
        #expect(throws: ParseError(message)) { try FixtureLoader.parse(text: text) }
    }

    @Test func plainTextIsNotAFeed() {
        let error = #expect(throws: ParseError.self) { try FixtureLoader.parse(text: "hello, world") }
        #expect(error?.message.hasPrefix("not a feed") == true)
    }

    @Test func warningsAreCapped() throws {
        let broken = (0..<200).map { "<item><title>t\($0) &bogus; x</title></item>" }.joined()
        let feed = try FixtureLoader.parse(text: "<rss><channel>\(broken)</channel></rss>")
        #expect(feed.items.count == 200)
        #expect(feed.warnings.count <= SAXPushParser.maximumWarnings + 1)
        #expect(feed.warnings.last?.hasSuffix("more parse errors") == true)
    }

    @Test func documentsLargerThanOneChunkAreParsedWhole() throws {
        let items = (0..<3000).map { "<item><title>Item \($0)</title><link>/p/\($0)</link><description>"
            + String(repeating: "lorem ipsum ", count: 20) + "</description></item>" }.joined()
        let feed = try FixtureLoader.parse(text: "<rss version=\"2.0\"><channel>\(items)</channel></rss>")
        #expect(feed.items.count == 3000)
        #expect(feed.items.last?.link == "https://example.com/p/2999")
        #expect(feed.items.last?.title == .text("Item 2999"))
    }
}
