import Testing
@testable import NewswireNormalize

/// The content hash is SHA-256 of the normalized title, a newline and the normalized text, whatever
/// path computes it.
struct ContentHashPathTests {
    @Test(arguments: [
        ("Plain Title", "Some  TEXT\twith\n white   space "), ("", ""), (" ", "\u{B}x\u{C}"), ("UPPER", "lower"),
        ("Ａｂｃ title", "fullwidth ＡＢＣ text"), ("中文标题", "正文 内容"), ("Straße", "İstanbul ǅ"), ("a\u{301}", "é"),
        ("no\u{A0}break", "em\u{2003}space"), ("ascii", "mixed 中文 Text"),
    ])
    func hashIsThatOfTheNormalizedForms(title: String, text: String) {
        let expected = ContentHasher.sha256Hex(TextNormalizer.normalizedForHash(title) + "\n"
                                               + TextNormalizer.normalizedForHash(text))
        #expect(ContentHasher.contentHash(title: title, text: text) == expected)
    }

    /// Text of words, blank runs, controls and characters at and around the CJK ideograph range, at every
    /// offset, as the word-at-a-time and byte paths meet them.
    @Test func randomTextHashesMatchTheNormalizedForms() {
        let pieces = ["word", "Mixed", "UPPER", "a", " ", "  ", "\t", "\n", "\r\n", "\u{B}", "\u{1}", "\u{1F}", "\u{7F}",
                      "@[`{", "Z", "0123456789", " x ", "\u{2019}", "“Q”", "\u{2014}", "\u{2026}", "\u{2011}", "\u{2017}",
                      "\u{2024}", "\u{2010}", "\u{2027}", "\u{2028}", "\u{2003}", "\u{2013}", "\u{2022}", "\u{200B}", "中文字符串很长的文本", "长 文 本", "Ｔ中文",
                      "中文", "丁", "鿿", "一", "\u{4DFF}", "\u{A000}", "，", "Ａ", "\u{3000}", "é", "\u{A0}"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            var title = "", text = ""
            for _ in 0..<next(6) { title += pieces[next(pieces.count)] }
            for _ in 0..<next(40) { text += pieces[next(pieces.count)] }
            let expected = ContentHasher.sha256Hex(TextNormalizer.normalizedForHash(title) + "\n"
                                                   + TextNormalizer.normalizedForHash(text))
            #expect(ContentHasher.contentHash(title: title, text: text) == expected, "\(title.debugDescription) \(text.debugDescription)")
        }
    }

    /// Text collected by the builder (collapsed as it goes) hashes as the same text given as a String.
    @Test func collapsedTextPathMatchesTheGeneralOne() {
        let pieces = ["word", "Mixed", "UPPER", " ", "  ", "\t", "\n", "\u{B}", "\u{1}", "中文字符串很长的文本", "丁",
                      "\u{4DFF}", "，", "Ａ", "\u{3000}", "é", "\u{A0}", "ABCDEFGHIJKLMNOP", " x ", "it\u{2019}s", "\u{2026}",
                      "\u{2011}", "—", "“Q”"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2000 {
            var builder = CollapsedTextBuilder(capacity: 64)
            for _ in 0..<next(30) {
                var piece = pieces[next(pieces.count)]
                piece.withUTF8 { builder.append($0) }
            }
            let text = builder.bytes
            let title = pieces[next(pieces.count)] + "Title"
            let expected = ContentHasher.contentHash(title: title, text: String(decoding: text, as: UTF8.self))
            let hash = text.withUnsafeBufferPointer {
                ContentHasher.contentHash(title: title, textUTF8: $0)
            }
            #expect(hash == expected, "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }

    /// Punctuation that NFKC, lower-casing and collapsing leave alone hashes as it is.
    @Test func copiedPunctuationIsStable() {
        let copied = [0x2010, 0x2012, 0x2013, 0x2014, 0x2015, 0x2016, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D,
                      0x201E, 0x201F, 0x2020, 0x2021, 0x2022, 0x2023, 0x2027]
        for value in copied {
            let text = "a" + String(Unicode.Scalar(UInt32(value))!) + "b"
            #expect(TextNormalizer.normalizedForHash(text) == text, "\(value)")
            #expect(ContentHasher.contentHash(title: text, text: text)
                    == ContentHasher.sha256Hex(text + "\n" + text))
        }
    }
}
