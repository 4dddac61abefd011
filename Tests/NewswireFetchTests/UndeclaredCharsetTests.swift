import Foundation
@testable import NewswireFetch
import Testing

/// Feeds in legacy charsets that declare none (Fixtures/undeclared, written by
/// scripts/make-undeclared-fixtures.py): served without `charset` and with an XML declaration
/// without `encoding`, each must come out as its own script, not as another charset's mojibake.
@Suite struct UndeclaredCharsetTests {
    /// The fixture's charset, the iconv encoding it must be read with, and its first item's title.
    static let feeds: [(file: String, charset: String, title: String)] = [
        ("windows-1255", "WINDOWS-1255", "הבנק המרכזי הותיר את הריבית ללא שינוי"),
        ("windows-1256", "WINDOWS-1256", "البنك المركزي يبقي أسعار الفائدة دون تغيير"),
        ("tis-620", "CP874", "ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ย"),
        ("windows-1251", "WINDOWS-1251", "Рубль укрепился к доллару"),
        ("koi8-r", "KOI8-R", "Зима пришла в Петербург"),
        ("windows-1252", "WINDOWS-1252", "La BCE maintient ses taux : « l’inflation recule »"),
        ("iso-8859-2", "ISO-8859-2", "Złoty umocnił się wobec euro"),
        ("shift_jis", "CP932", "日銀、金融緩和策を維持"),
        ("euc-kr", "CP949", "한국은행 기준금리 동결"),
        ("big5", "BIG5-HKSCS", "央行維持利率不變"),
        ("gbk", "GB18030", "消费市场持续回暖"),
    ]

    @Test(arguments: feeds.map(\.file))
    func undeclaredFeedIsReadInItsOwnCharset(file: String) throws {
        let expected = try #require(Self.feeds.first { $0.file == file })
        let bytes = try fixture("undeclared/\(file).xml")

        let decoded = CharsetDecoder.decode(bytes, contentType: "application/rss+xml", override: nil)
        let text = String(decoding: decoded.utf8, as: UTF8.self)

        #expect(decoded.charset == expected.charset)
        #expect(text.contains("<title>\(expected.title)</title>"))
        #expect(decoded.replacements == 0)
        #expect(mojibake(in: text).isEmpty)
    }

    @Test func everyFixtureHasARow() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/undeclared", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }

        #expect(Set(files) == Set(Self.feeds.map { "\($0.file).xml" }))
    }

    /// Hebrew letters sit where windows-1251 has lower-case Cyrillic: the old guess read them as Russian.
    @Test func hebrewIsNotReadAsCyrillic() throws {
        let decoded = CharsetDecoder.decode(try fixture("undeclared/windows-1255.xml"), contentType: nil, override: nil)
        let text = String(decoding: decoded.utf8, as: UTF8.self)

        #expect(!text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
    }

    /// What the detector does on the edges: nothing, one byte, one non-ASCII byte among ASCII, and
    /// a document far past the 64 KiB sample (the guess from the sample decodes all of it).
    @Test func edgesOfTheInput() throws {
        #expect(CharsetDecoder.decode(Data(), contentType: nil, override: nil).utf8.isEmpty)
        let one = CharsetDecoder.decode(Data([0xE9]), contentType: nil, override: nil)
        #expect(one.utf8.count >= 1 && one.utf8.count <= 3)

        let hebrew = try fixture("undeclared/windows-1255.xml")
        var large = Data()
        while large.count < 10_000_000 { large.append(hebrew) }
        let decoded = CharsetDecoder.decode(large, contentType: nil, override: nil)
        #expect(decoded.charset == "WINDOWS-1255")
        #expect(decoded.replacements == 0)
        #expect(String(decoding: decoded.utf8.suffix(4096), as: UTF8.self).contains("הנחיות חדשות"))
    }

    /// Below 12 non-ASCII bytes uchardet is not asked: a stray accented letter stays windows-1252.
    @Test func fewNonASCIIBytesFallBackToWindows1252() {
        let title = Data("<title>Caf".utf8) + Data([0xE9, 0x20, 0x93]) + Data("na".utf8) + Data([0xEF])
            + Data("ve".utf8) + Data([0x94]) + Data("</title>".utf8)

        let decoded = CharsetDecoder.decode(title, contentType: nil, override: nil)

        #expect(decoded.charset == "WINDOWS-1252")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "<title>Café “naïve”</title>")
    }

    @Test(arguments: [
        ("UHC", "CP949"), ("TIS-620", "CP874"), ("SHIFT_JIS", "CP932"), ("GB18030", "GB18030"),
        ("BIG5", "BIG5-HKSCS"), ("ISO-8859-1", "WINDOWS-1252"), ("EUC-TW", "EUC-TW"), ("ASCII", nil),
        ("UTF-8", nil),
    ] as [(String, String?)])
    func uchardetNamesMapToSupersets(name: String, iconvName: String?) {
        #expect(CharsetDetector.iconvName(forDetected: name) == iconvName)
    }
}
