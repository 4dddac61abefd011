import Foundation
import Testing
import NewswireModel
@testable import NewswireParse

/// CDATA sections lifted out before libxml2 parses (`CDATAPlaceholder`) must read exactly as
/// libxml2 reads them in place: same items, same text, same warnings with the same line numbers.
@Suite struct CDATALiftingTests {
    private static let context = ParseContext(documentURL: "https://example.com/feed",
                                              now: Date(timeIntervalSince1970: 1_800_000_000))

    /// The outcome with and without lifting, as text to compare.
    private static func outcomes(_ document: [UInt8]) -> (lifted: String, inPlace: String) {
        func outcome(_ lifting: Bool) -> String {
            do {
                return "\(try FeedParser.parse(Data(document), context: context, liftingCDATA: lifting))"
            } catch {
                return "error \(error)"
            }
        }
        return (outcome(true), outcome(false))
    }

    private static func rss(_ items: String) -> String {
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n\(items)\n</channel></rss>\n"
    }

    @Test(arguments: [
        rss("<item><title><![CDATA[Plain & <b>bold</b>]]></title>"
            + "<description><![CDATA[<p>a\nb\r\nc</p>]]></description></item>"),
        rss("<item><title>a<![CDATA[]]>b<![CDATA[c]]>d</title></item>"),
        rss("<item><description><![CDATA[中文 “引号”，全角 😀 é]]></description></item>"),
        rss("<item><description><![CDATA[line\nline\nline]]></description></item>\n<item><title>x</bad></item>"),
        "<![CDATA[before the root]]><rss version=\"2.0\"><channel><item><title>t</title></item></channel></rss>",
        rss("<item><title>t</title></item>") + "<![CDATA[after the root]]>",
        rss("<item><link href=\"<![CDATA[in an attribute]]>\">x</link><title>t</title></item>"),
        rss("<item><!-- <![CDATA[in a comment]]> --><title><![CDATA[t]]></title></item>"),
        rss("<item><title><![CDATA[not a character \u{FFFF} here]]></title></item>"),
        rss("<item><title><?newswire-cdata 0?><![CDATA[a real placeholder-like PI]]></title></item>"),
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>1</id><content type=\"xhtml\">"
            + "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><![CDATA[x < y & z]]></p></div></content></entry></feed>",
        rss("<item><title><![CDATA[unterminated"),
    ])
    func liftedReadsAsInPlace(document: String) {
        let (lifted, inPlace) = Self.outcomes(Array(document.utf8))
        #expect(lifted == inPlace)
    }

    @Test func invalidUTF8InASectionIsLeftToLibxml2() {
        let document = Array("<rss><channel><item><title><![CDATA[bad \u{1}".utf8) + [0xC3, 0x28]
            + Array("]]></title></item>\n<item><title><![CDATA[fine]]></title></item></channel></rss>".utf8)
        let (lifted, inPlace) = Self.outcomes(document)
        #expect(lifted == inPlace)
    }

    @Test func fixturesReadTheSame() throws {
        for name in ["atom-blog.xml", "gb2312-declared.xml", "rdf-rss10.xml", "rss2-news.xml", "truncated.xml",
                     "xmlbase-nested.xml", "billion-laughs.xml", "xxe.xml", "not-a-feed.html"] {
            let (lifted, inPlace) = Self.outcomes(Array(try FixtureLoader.data(name)))
            #expect(lifted == inPlace, "\(name)")
        }
    }

    @Test func sectionsAreLiftedWithTheirLineFeeds() throws {
        let input = Data("<a><![CDATA[x\ny\n]]><![CDATA[\u{FFFF}]]></a>".utf8)
        let lifted = try #require(XMLInputRepair.repairLiftingCDATA(input))
        #expect(String(decoding: lifted.document, as: UTF8.self)
            == "<a><?newswire-cdata 0\n\n?><![CDATA[\u{FFFF}]]></a>")
        #expect(lifted.sections == [12..<16])
    }
}
