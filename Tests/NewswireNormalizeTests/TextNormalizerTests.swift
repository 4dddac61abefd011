import NewswireModel
import Testing
@testable import NewswireNormalize

struct TextNormalizerTests {
    static let plainTextCases: [(TextConstruct, String)] = [
        (.html("<p>Hello <b>wor</b>ld</p><p>Next</p>"), "Hello world Next"),
        (.html("one<br>two<li>three</li>"), "one two three"),
        (.html("AT&amp;T &lt;tag&gt; &eacute;t&#233; &#x4E2D;"), "AT&T <tag> été 中"),
        (.html("double &amp;amp; escaped"), "double &amp; escaped"),
        (.html("<script>var x = 1;</script><style>p{}</style>visible"), "visible"),
        (.html("  spaced \n\t out  "), "spaced out"),
        (TextConstruct(.xhtml, "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p> y</div>"), "x y"),
        (.text("<b>not markup</b> &amp;"), "<b>not markup</b> &amp;"),
        (.text("  a \u{3000} b\u{00A0}c "), "a b c"),
    ]

    @Test(arguments: plainTextCases)
    func plainText(construct: TextConstruct, expected: String) {
        #expect(TextNormalizer.plainText(of: construct) == expected)
    }

    @Test(arguments: [
        ("Hello World", "hello world"),
        ("ＡＢＣ　１２３", "abc 123"),
        ("ﬁle", "file"),
        ("  Mixed\tCASE\n text ", "mixed case text"),
        ("Ｅｃｏｎｏｍｙ：中国", "economy:中国"),
    ])
    func normalizedForHash(input: String, expected: String) {
        #expect(TextNormalizer.normalizedForHash(input) == expected)
    }

    @Test func excerptCutsAtAWordBoundary() {
        let words = Array(repeating: "word", count: 40).joined(separator: " ")
        let excerpt = TextNormalizer.excerpt(words)
        #expect(excerpt.hasSuffix("word…"))
        #expect(excerpt.count <= 101)
        #expect(TextNormalizer.excerpt("short text") == "short text")
        let chinese = String(repeating: "新闻", count: 80)
        #expect(TextNormalizer.excerpt(chinese) == String(repeating: "新闻", count: 50) + "…")
    }
}

struct ContentHasherTests {
    @Test func sha256MatchesKnownVectors() {
        #expect(ContentHasher.sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHasher.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    static let sameStory: [(title: TextConstruct, body: TextConstruct)] = [
        (.text("Rates Rise Again"), .html("<p>The central bank raised rates &amp; said more may come.</p>")),
        (.html("<b>Rates</b> rise  again"), .html("<div>The central bank raised rates &amp;\n said more may come.</div>")),
        (.text("RATES RISE AGAIN"), .text("The central bank raised rates & said more may come.")),
        (.text("Ｒａｔｅｓ　Ｒｉｓｅ Again"), .html("<p>The <em>central</em> bank raised rates &#38; said more may come.</p>")),
    ]

    static func hash(_ story: (title: TextConstruct, body: TextConstruct)) -> String {
        ContentHasher.contentHash(title: TextNormalizer.plainText(of: story.title),
                                  text: TextNormalizer.plainText(of: story.body))
    }

    @Test(arguments: sameStory)
    func sameStoryHashesEqual(story: (title: TextConstruct, body: TextConstruct)) {
        #expect(Self.hash(story) == Self.hash(Self.sameStory[0]))
    }

    @Test func differentTextHashesDiffer() {
        let base = Self.hash(Self.sameStory[0])
        #expect(Self.hash((.text("Rates Rise Again"), .text("The central bank cut rates."))) != base)
        #expect(Self.hash((.text("Rates Fall"), .html("<p>The central bank raised rates &amp; said more may come.</p>"))) != base)
        #expect(ContentHasher.contentHash(title: "a b", text: "c") != ContentHasher.contentHash(title: "a", text: "b c"))
    }
}

@Suite struct CollapseWhitespaceTests {
    @Test(arguments: [
        ("", ""), ("   ", ""), ("a", "a"), ("a b", "a b"), (" a", "a"), ("a ", "a"), ("a  b", "a b"),
        ("a\tb", "a b"), ("a\r\nb", "a b"), ("a\u{85}b", "a b"), ("a\u{A0}b", "a b"), ("a\u{1680}b", "a b"),
        ("a\u{2003}\u{2009}b", "a b"), ("a\u{2028}b\u{2029}c", "a b c"), ("a\u{202F}b\u{205F}c", "a b c"),
        ("中文\u{3000}标题", "中文 标题"), ("é \u{200B}x", "é \u{200B}x"), ("\u{2010}-\u{2011}", "\u{2010}-\u{2011}"),
        ("emoji 👍🏽  ok", "emoji 👍🏽 ok"),
    ])
    func collapsesEveryUnicodeWhiteSpaceCharacter(input: String, expected: String) {
        #expect(TextNormalizer.collapseWhitespace(input) == expected)
        // The same answer as the Character-wise definition.
        let reference = input.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(TextNormalizer.collapseWhitespace(input) == reference)
    }
}
