import Foundation
@testable import NewswireFetch
import Testing

/// The whole pipeline on real-looking documents: where the charset is declared (HTTP, XML
/// declaration, `<meta>` late in the page, nowhere) and that the text comes out clean.
@Suite struct CharsetPipelineTests {
    /// A fixture, the Content-Type it is served with, a phrase its text must contain, and the charset expected.
    struct Document: Sendable, CustomTestStringConvertible {
        let file: String
        let contentType: String?
        let phrase: String
        let charset: String

        var testDescription: String { file }
    }

    static let documents: [Document] = [
        Document(file: "chinese-gbk.txt", contentType: "text/plain; charset=gb2312", phrase: "观察者网：中国经济",
                 charset: "GB18030"),
        Document(file: "feed-gb2312.xml", contentType: "application/rss+xml", phrase: "经济新闻", charset: "GB18030"),
        Document(file: "page-late-meta-gbk.html", contentType: "text/html", phrase: "两会召开 经济热点",
                 charset: "GB18030"),
        Document(file: "page-big5.html", contentType: "text/html", phrase: "主計總處表示", charset: "BIG5-HKSCS"),
        Document(file: "page-late-meta-shift_jis.html", contentType: "text/html", phrase: "日経平均株価が上昇",
                 charset: "CP932"),
        Document(file: "page-euc-kr.html", contentType: "text/html", phrase: "기준금리를 동결", charset: "CP949"),
        Document(file: "page-koi8-r.html", contentType: "text/html", phrase: "Рубль укрепился", charset: "KOI8-R"),
        Document(file: "feed-windows-1252.xml", contentType: "text/xml", phrase: "l’événement de l’année à Zürich",
                 charset: "WINDOWS-1252"),
        Document(file: "feed-euc-jp.xml", contentType: "application/xml", phrase: "金融緩和策を維持",
                 charset: "EUC-JP"),
        Document(file: "page-undeclared-gbk.html", contentType: "text/html", phrase: "消费市场持续回暖",
                 charset: "GB18030"),
        Document(file: "page-undeclared-shift_jis.html", contentType: nil, phrase: "金融政策決定会合",
                 charset: "CP932"),
        Document(file: "page-undeclared-euc-kr.html", contentType: "text/html", phrase: "서울 증시는",
                 charset: "CP949"),
        Document(file: "page-undeclared-big5.html", contentType: "text/html", phrase: "民間消費穩定回溫",
                 charset: "BIG5-HKSCS"),
        Document(file: "page-undeclared-windows-1252.html", contentType: "text/html", phrase: "« Chez Müller »",
                 charset: "WINDOWS-1252"),
        // German that happens to be valid GB18030: lone "ideographs" between Latin letters are no Chinese.
        Document(file: "page-undeclared-german-windows-1252.html", contentType: "text/html",
                 phrase: "Grüße aus Köln: Die schönsten Äpfel", charset: "WINDOWS-1252"),
        Document(file: "page-undeclared-windows-1251.html", contentType: "text/html", phrase: "Рубль укрепился",
                 charset: "WINDOWS-1251"),
        Document(file: "page-undeclared-koi8-r.html", contentType: "text/html", phrase: "Рубль укрепился",
                 charset: "KOI8-R"),
        Document(file: "feed-undeclared-utf-16le.xml", contentType: "application/xml", phrase: "<title>中文</title>",
                 charset: "UTF-16LE"),
        // A server that claims UTF-8 for a GBK page with no declaration of its own: detection.
        Document(file: "page-undeclared-gbk.html", contentType: "text/html; charset=utf-8",
                 phrase: "居民收入稳步增长", charset: "GB18030"),
        Document(file: "feed.xml", contentType: "application/rss+xml; charset=iso-8859-1", phrase: "<rss",
                 charset: "UTF-8"),
    ]

    @Test(arguments: CharsetPipelineTests.documents)
    func decodesCleanlyWithoutMojibake(document: Document) throws {
        let decoded = CharsetDecoder.decode(try fixture(document.file), contentType: document.contentType,
                                            override: nil)
        let text = String(decoding: decoded.utf8, as: UTF8.self)

        #expect(text.contains(document.phrase))
        #expect(decoded.charset == document.charset)
        #expect(decoded.replacements == 0)
        #expect(mojibake(in: text).isEmpty)
    }

    /// Every text fixture of this target, served with no charset at all: whatever the pipeline
    /// finds inside or detects must give text without U+FFFD or mojibake.
    @Test func everyFixtureDecodesCleanlyWithoutAnyHeader() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".gz") && $0.contains(".") }.sorted()
        #expect(names.count >= 15)
        for name in names {
            let decoded = CharsetDecoder.decode(try fixture(name), contentType: nil, override: nil)
            let text = String(decoding: decoded.utf8, as: UTF8.self)
            #expect(decoded.replacements == 0, "\(name) as \(decoded.charset)")
            #expect(mojibake(in: text).isEmpty, "\(name) as \(decoded.charset): \(mojibake(in: text))")
        }
    }

    @Test func overrideFixesAPageDetectionWouldGetWrong() throws {
        let page = try fixture("page-undeclared-big5.html")

        let decoded = CharsetDecoder.decode(page, contentType: "text/html; charset=gbk", override: "big5")

        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("行政院今日召開記者會"))
    }

    @Test func anUnknownHTTPLabelGivesWayToTheMeta() throws {
        var page = Data("<html><head><meta charset=\"gbk\"></head><body>".utf8)
        page.append(try fixture("chinese-gbk.txt"))

        let decoded = CharsetDecoder.decode(page, contentType: "text/html; charset=x-klingon", override: nil)

        #expect(decoded.charset == "GB18030")
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("观察者网"))
    }

    @Test func documentDeclaringUTF16MeansUTF8() {
        let page = Data("<html><head><meta charset=\"utf-16\"></head><body>caf\u{E9}</body></html>".utf8)

        let decoded = CharsetDecoder.decode(page, contentType: "text/html", override: nil)

        #expect(decoded.utf8 == page)
        #expect(decoded.charset == "UTF-8")
    }

    @Test func httpCharsetBeatsTheXMLDeclaration() {
        let feed = Data("<?xml version=\"1.0\" encoding=\"utf-8\"?><t>".utf8) + Data([0xCC, 0xE8, 0xF0])
            + Data("</t>".utf8)

        let decoded = CharsetDecoder.decode(feed, contentType: "text/xml; charset=windows-1251", override: nil)

        #expect(String(decoding: decoded.utf8, as: UTF8.self).hasSuffix("<t>Мир</t>"))
    }

    @Test func xmlDeclarationBeatsMetaInsideTheFeed() {
        let feed = Data("<?xml version=\"1.0\" encoding=\"koi8-r\"?><d>&lt;meta charset=gbk&gt;".utf8)
            + Data([0xED, 0xC9, 0xD2]) + Data("</d>".utf8)

        let decoded = CharsetDecoder.decode(feed, contentType: nil, override: nil)

        #expect(decoded.charset == "KOI8-R")
        #expect(String(decoding: decoded.utf8, as: UTF8.self).hasSuffix("Мир</d>"))
    }

    @Test func mostlyUTF8WithAStrayByteStaysUTF8() {
        var page = Data("<p>中文新闻 “quoted” café — ".utf8)
        page.append(0xFF)
        page.append(Data(" 日本語 한국어</p>".utf8))

        let decoded = CharsetDecoder.decode(page, contentType: nil, override: nil)
        let text = String(decoding: decoded.utf8, as: UTF8.self)

        #expect(decoded.charset == "UTF-8")
        #expect(decoded.replacements == 1)
        #expect(text.contains("中文新闻 “quoted” café"))
    }

    @Test func undeclaredLatinBytesAreWindows1252() {
        let decoded = CharsetDecoder.decode(Data([0x61, 0x62, 0xE9, 0x63, 0x93, 0x64, 0x94]), contentType: nil,
                                            override: nil)

        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "abéc“d”")
        #expect(decoded.charset == "WINDOWS-1252")
    }

    @Test(arguments: [
        ("iso_8859-2:1987", "ISO-8859-2"), ("iso_8859-5:1988", "ISO-8859-5"), ("iso_8859-7:1987", "ISO-8859-7"),
        ("iso-2022-kr", "ISO-2022-KR"), ("iso-2022-cn", "ISO-2022-CN"), ("csisolatin9", "ISO-8859-15"),
        ("x-mac-ukrainian", "MAC-CYRILLIC"), ("dos-874", "CP874"), ("cseucpkdfmtjapanese", "EUC-JP"),
        ("x-x-big5", "BIG5-HKSCS"), ("unicodefffe", "UTF-16BE"), ("iso-8859-8-i", "ISO-8859-8"),
        ("\tUTF-8 ", "UTF-8"), ("hz-gb-2312", nil), ("x-user-defined", nil), ("replacement", nil),
    ] as [(String, String?)])
    func moreWHATWGLabels(label: String, iconvName: String?) {
        #expect(CharsetLabel.iconvName(for: label) == iconvName)
    }
}
