@testable import NewswireParse
import Testing

/// `String.commonUTF8IsASCII` may accept only well-formed UTF-8, and must tell ASCII right.
@Suite struct CommonUTF8DecodingTests {
    static let samples: [[UInt8]] = [
        [], Array("plain ASCII text that is longer than a word".utf8), Array("Grüße, привет, 新闻 テスト".utf8),
        Array("emoji 😀 and U+FFFF \u{FFFF} and U+E000 \u{E000}".utf8),
        [0xE4, 0xB8], [0x41, 0xC3], [0xC3, 0x41], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80],
        [0xED, 0xA0, 0x80], [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0x41], [0xF0, 0x9F, 0x98], [0xF5, 0x80, 0x80, 0x80],
        [0xE4, 0x41, 0x80, 0x41], [0xE0, 0x80, 0x80, 0x41], [0xE0, 0xA0, 0x80, 0x41], [0xED, 0xA0, 0x80, 0x41],
        [0xE4, 0xB8, 0x41, 0x41], [0xEF, 0xBF, 0xC0, 0x41], [0xF0, 0x9F, 0x98, 0x80, 0x41], [0xC3, 0xA9, 0xE4, 0xB8, 0xAD, 0x41],
        [0x80], [0xBF, 0x41], [0xFF], Array("新闻新闻".utf8) + [0xE4, 0xB8],
        Array("long ASCII run before a bad byte ".utf8) + [0xFE] + Array(" and after".utf8),
    ]

    @Test(arguments: samples)
    func acceptsOnlyWellFormedText(_ bytes: [UInt8]) {
        let decoded = String(decoding: bytes, as: UTF8.self)
        let wellFormed = Array(decoded.utf8) == bytes
        let verdict = bytes.withUnsafeBufferPointer { String.commonUTF8IsASCII($0) }
        if let isASCII = verdict {
            #expect(wellFormed)
            #expect(isASCII == bytes.allSatisfy { $0 < 0x80 })
            let copied = bytes.withUnsafeBufferPointer {
                isASCII ? String(ascii: $0) : String(wellFormedNonASCII: $0)
            }
            #expect(copied == decoded)
        }
        // The common characters (ASCII, Latin, Cyrillic, CJK) must take the fast path.
        if wellFormed, !bytes.contains(where: { $0 >= 0xF0 || $0 == 0xE0 || $0 == 0xED }) {
            #expect(verdict != nil)
        }
    }

    @Test func rejectsEveryIllFormedSample() {
        for bytes in Self.samples where Array(String(decoding: bytes, as: UTF8.self).utf8) != bytes {
            #expect(bytes.withUnsafeBufferPointer { String.commonUTF8IsASCII($0) } == nil)
        }
    }
}
