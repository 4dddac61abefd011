@testable import NewswireParse
import Testing

/// `String(decodingCommonUTF8:)` must give exactly what `String(decoding:as:)` gives, for ill-formed bytes too.
@Suite struct CommonUTF8DecodingTests {
    static let samples: [[UInt8]] = [
        [], Array("plain ASCII text that is longer than a word".utf8), Array("Grüße, привет, 新闻 テスト".utf8),
        Array("emoji 😀 and U+FFFF \u{FFFF} and U+E000 \u{E000}".utf8),
        [0xE4, 0xB8], [0x41, 0xC3], [0xC3, 0x41], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80],
        [0xED, 0xA0, 0x80], [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0x41], [0xF0, 0x9F, 0x98], [0xF5, 0x80, 0x80, 0x80],
        [0x80], [0xBF, 0x41], [0xFF], Array("新闻新闻".utf8) + [0xE4, 0xB8],
        Array("long ASCII run before a bad byte ".utf8) + [0xFE] + Array(" and after".utf8),
    ]

    @Test(arguments: samples)
    func matchesStandardDecoding(_ bytes: [UInt8]) {
        let expected = String(decoding: bytes, as: UTF8.self)
        let decoded = bytes.withUnsafeBufferPointer { String(decodingCommonUTF8: $0) }
        #expect(decoded == expected)
        #expect(Array(decoded.utf8) == Array(expected.utf8))
    }
}
