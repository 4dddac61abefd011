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

    /// Random edits around CDATA sections, markup and multi-byte text: lifted or not, the
    /// outcome (items, errors, warnings) is the same.
    @Test func mutationsReadTheSame() throws {
        var generator = SplitMix64(seed: 11)
        let bases = [Array(Self.rss("""
            <item><title><![CDATA[中文 <b>one</b>]]></title><description><![CDATA[a
            b]]></description><link>https://example.com/1</link></item>
            <item><title>two</title><description>x <![CDATA[y]]> z</description></item>
            """).utf8), Array(try FixtureLoader.data("rss2-news.xml"))]
        let insertions: [[UInt8]] = ["<![CDATA[", "]]>", "<", ">", "&", "]", "\n", "\r", "\"", "中", "</item>",
                                     "<?newswire-cdata 0?>", "<!--", "-->", "<!DOCTYPE r [<!ENTITY e 'v'>]>", "&e;",
                                     " a=\"", "<x>", "é"].map { Array($0.utf8) } + [[0x01], [0xFF]]
        for round in 0..<1_000 {
            var bytes = bases[round % 2]
            for _ in 0..<Int(generator.next() % 3 + 1) {
                let position = Int(generator.next() % UInt64(bytes.count))
                if generator.next() % 4 == 0 {
                    bytes.removeSubrange(position..<min(bytes.count, position + Int(generator.next() % 12)))
                } else {
                    bytes.insert(contentsOf: insertions[Int(generator.next() % UInt64(insertions.count))], at: position)
                }
            }
            let (lifted, inPlace) = Self.outcomes(bytes)
            #expect(lifted == inPlace, "\(String(decoding: bytes, as: UTF8.self))")
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
