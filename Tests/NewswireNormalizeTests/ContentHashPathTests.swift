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
}
