import Foundation
@testable import NewswireFetch
import Testing

@Suite struct CharsetDecoderTests {
    private func text(_ document: DecodedDocument) -> String {
        String(decoding: document.utf8, as: UTF8.self)
    }

    @Test func gbkBytesWithHTTPCharsetGB2312() throws {
        let document = CharsetDecoder.decode(try fixture("chinese-gbk.txt"), contentType: "text/plain; charset=gb2312",
                                             override: nil)

        #expect(text(document) == "观察者网：中国经济稳中向好，消费市场持续回暖。\n")
        #expect(document.charset == "GB18030")
        #expect(document.replacements == 0)
    }

    @Test func gb2312XMLDeclaration() throws {
        let document = CharsetDecoder.decode(try fixture("feed-gb2312.xml"), contentType: "application/xml",
                                             override: nil)

        #expect(text(document).contains("<title>观察者网</title><item><title>经济新闻</title>"))
        #expect(document.charset == "GB18030")
    }

    @Test func metaCharsetFarIntoThePage() throws {
        let page = try fixture("page-late-meta-gbk.html")
        let document = CharsetDecoder.decode(page, contentType: "text/html", override: nil)

        #expect(try #require(page.range(of: Data("charset".utf8))).lowerBound > 2000)
        #expect(text(document).contains("<h4>两会召开 经济热点</h4>"))
        #expect(document.charset == "GB18030")
    }

    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF, 0x3C, 0x61, 0x2F, 0x3E], "UTF-8"),
        ([0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00, 0x2F, 0x00, 0x3E, 0x00], "UTF-16LE"),
        ([0xFE, 0xFF, 0x00, 0x3C, 0x00, 0x61, 0x00, 0x2F, 0x00, 0x3E], "UTF-16BE"),
    ] as [([UInt8], String)])
    func byteOrderMarkIsStripped(bytes: [UInt8], charset: String) {
        let document = CharsetDecoder.decode(Data(bytes), contentType: "text/xml; charset=iso-8859-1", override: nil)

        #expect(text(document) == "<a/>")
        #expect(document.charset == charset)
    }

    @Test func latin1LabelMeansWindows1252() {
        let document = CharsetDecoder.decode(Data([0x93, 0x48, 0x69, 0x94, 0x20, 0xE9]),
                                             contentType: "text/html; charset=ISO-8859-1", override: nil)

        #expect(text(document) == "“Hi” é")
        #expect(document.charset == "WINDOWS-1252")
    }

    @Test func overrideWinsOverEveryDeclaration() throws {
        let gbk = try fixture("chinese-gbk.txt")
        let document = CharsetDecoder.decode(gbk, contentType: "text/html; charset=utf-8", override: "gbk")
        let overUTF8 = CharsetDecoder.decode(Data("é".utf8), contentType: nil, override: "latin1")

        #expect(text(document).hasPrefix("观察者网"))
        #expect(text(overUTF8) == "Ã©")
    }

    @Test func validUTF8BeatsAWrongDeclaration() {
        let page = Data("<?xml version=\"1.0\" encoding=\"gb2312\"?><t>中文 café</t>".utf8)

        let document = CharsetDecoder.decode(page, contentType: "text/xml; charset=gbk", override: nil)

        #expect(document.utf8 == page)
        #expect(document.charset == "UTF-8")
    }

    @Test func serverSaysUTF8ButThePageSaysGBK() throws {
        var page = Data("<html><head><meta charset=\"gbk\"></head><body>".utf8)
        page.append(try fixture("chinese-gbk.txt"))

        let document = CharsetDecoder.decode(page, contentType: "text/html; charset=UTF-8", override: nil)

        #expect(text(document).contains("观察者网"))
        #expect(document.charset == "GB18030")
    }

    @Test func invalidBytesBecomeCountedReplacements() {
        let document = CharsetDecoder.decode(Data([0x61, 0x62, 0xFF, 0x63, 0x64, 0xC3]),
                                             contentType: "text/plain; charset=utf-8", override: nil)

        #expect(text(document) == "ab\u{FFFD}cd\u{FFFD}")
        #expect(document.replacements == 2)
        #expect(document.charset == "UTF-8")
    }

    @Test func invalidGBKSequenceKeepsTheFollowingASCII() {
        // 0xB9 starts a two-byte sequence; a space cannot end it and must survive.
        let document = CharsetDecoder.decode(Data([0xD6, 0xD0, 0xB9, 0x20, 0x41]),
                                             contentType: "text/plain; charset=gbk", override: nil)

        #expect(text(document) == "中\u{FFFD} A")
        #expect(document.replacements == 1)
    }

    @Test func unknownLabelFallsBackToWindows1252() {
        let document = CharsetDecoder.decode(Data([0x93, 0x41, 0x94]), contentType: "text/html; charset=x-klingon",
                                             override: nil)

        #expect(text(document) == "“A”")
        #expect(document.charset == "WINDOWS-1252")
    }

    @Test(arguments: [
        ("shift_jis", [0x93, 0xFA, 0x96, 0x7B], "日本"),
        ("euc-jp", [0xC6, 0xFC, 0xCB, 0xDC], "日本"),
        ("euc-kr", [0xC7, 0xD1, 0xB1, 0xB9], "한국"),
        ("big5", [0xA4, 0xA4, 0xA4, 0xE5], "中文"),
        ("koi8-r", [0xED, 0xC9, 0xD2], "Мир"),
        ("windows-1251", [0xCC, 0xE8, 0xF0], "Мир"),
        ("x-gbk", [0xD6, 0xD0, 0xCE, 0xC4], "中文"),
    ] as [(String, [UInt8], String)])
    func declaredEncodingsDecode(label: String, bytes: [UInt8], expected: String) {
        let document = CharsetDecoder.decode(Data(bytes), contentType: "text/html; charset=\"\(label)\"",
                                             override: nil)

        #expect(text(document) == expected)
        #expect(document.replacements == 0)
    }

    @Test(arguments: [
        ("gb2312", "GB18030"), ("GBK", "GB18030"), ("chinese", "GB18030"), (" \"latin1\" ", "WINDOWS-1252"),
        ("us-ascii", "WINDOWS-1252"), ("big5", "BIG5-HKSCS"), ("Shift_JIS", "CP932"), ("windows-31j", "CP932"),
        ("ks_c_5601-1987", "CP949"), ("koi8-u", "KOI8-U"), ("windows-1258", "WINDOWS-1258"),
        ("iso-8859-16", "ISO-8859-16"), ("utf-16", "UTF-16LE"), ("utf-16be", "UTF-16BE"), ("utf8", "UTF-8"),
    ])
    func whatwgLabels(label: String, iconvName: String) {
        #expect(CharsetLabel.iconvName(for: label) == iconvName)
    }

    @Test func everyMappedEncodingIsKnownToIconv() {
        let unknown = CharsetLabel.allIconvNames.filter { IconvTranscoder.toUTF8(Data("a".utf8), from: $0) == nil }

        #expect(unknown.isEmpty)
    }

    @Test func validUTF8IsReturnedUnchanged() {
        let page = Data(String(repeating: "plain ascii and 中文 ", count: 1000).utf8)

        let document = CharsetDecoder.decode(page, contentType: nil, override: nil)

        #expect(document.utf8 == page)
        #expect(document.replacements == 0)
    }

    @Test(arguments: [
        ([0xC0, 0x80], false), ([0xED, 0xA0, 0x80], false), ([0xF4, 0x90, 0x80, 0x80], false),
        ([0xE2, 0x82], false), ([0xF0, 0x9F, 0x98, 0x80], true), ([0x41, 0xC3, 0xA9], true),
    ] as [([UInt8], Bool)])
    func utf8Validation(bytes: [UInt8], valid: Bool) {
        #expect(bytes.withUnsafeBytes(UTF8Validator.isValid) == valid)
    }
}
