import Foundation
import Testing
@testable import NewswireRender

@Suite struct XMLEscaperTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a & b", "a &amp; b"),
        ("<tag>", "&lt;tag&gt;"),
        ("end ]]> here", "end ]]&gt; here"),
        ("\"quotes\" 'single'", "\"quotes\" 'single'"),
        ("tab\tline\nreturn\r.", "tab\tline\nreturn&#13;."),
        ("nul\u{0}bell\u{7}vt\u{B}ff\u{C}esc\u{1B}us\u{1F}.", "nulbellvtffescus."),
        ("no\u{FFFE}non\u{FFFF}chars", "nononchars"),
        ("keep\u{FFFD}\u{FFFC}\u{E000}\u{10FFFF}", "keep\u{FFFD}\u{FFFC}\u{E000}\u{10FFFF}"),
        ("中文 «guillemets» 😀", "中文 «guillemets» 😀"),
        ("&amp; already", "&amp;amp; already"),
    ])
    func escapeText(input: String, expected: String) {
        #expect(XMLEscaper.escapeText(input) == expected)
    }

    @Test(arguments: [
        ("a \"b\" <c> & 'd'", "a &quot;b&quot; &lt;c&gt; &amp; 'd'"),
        ("line\nbreak\ttab\rcr", "line&#10;break&#9;tab&#13;cr"),
        ("x\u{1}y\u{FFFF}z", "xyz"),
        ("https://e.com/?a=1&b=2", "https://e.com/?a=1&amp;b=2"),
    ])
    func escapeAttribute(input: String, expected: String) {
        #expect(XMLEscaper.escapeAttribute(input) == expected)
    }

    @Test func removingIllegalCharactersKeepsMarkup() {
        #expect(XMLEscaper.removingIllegalCharacters("<p>a\u{8}&amp;b\u{FFFE}</p>") == "<p>a&amp;b</p>")
    }

    @Test func lossyDecodedLoneSurrogateNeverReachesOutput() {
        // A lone surrogate (ED A0 80) cannot live in a Swift String: decoding turns it into U+FFFD.
        let text = String(decoding: [0x61, 0xED, 0xA0, 0x80, 0x62] as [UInt8], as: UTF8.self)
        let escaped = XMLEscaper.escapeText(text)
        #expect(!escaped.utf8.contains(0xED))
        #expect(escaped.hasPrefix("a") && escaped.hasSuffix("b"))
    }

    @Test(arguments: [
        ("<p>Hello <em>world</em><br/></p>", true),
        ("text &amp; &lt; &#169; &#x1F600; more", true),
        ("<a href=\"x?a=1&amp;b=2\" title='t'>x</a>", true),
        ("<!-- c --><![CDATA[ <raw> ]]>", true),
        ("<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>", true),
        ("<p xml:lang=\"en\">x</p>", true),
        ("", true),
        ("<p>unclosed", false),
        ("<p><b>crossed</p></b>", false),
        ("&nbsp;", false),
        ("a & b", false),
        ("&#0;", false),
        ("<a href=x>", false),
        ("<a href=\"1\" href=\"2\"/>", false),
        ("<svg:svg/>", false),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", false),
        ("<p a=\"<\"/>", false),
        ("text ]]> text", false),
        ("<!DOCTYPE html>", false),
        ("<!-- a -- b -->", false),
        ("</p>", false),
    ])
    func xhtmlFragmentCheck(markup: String, wellFormed: Bool) {
        #expect(XHTMLFragmentChecker.isWellFormed(markup) == wellFormed)
    }

    @Test(arguments: [("en", "en"), ("zh_CN", "zh-CN"), (" de-DE ", "de-DE"), ("english language", nil),
                      ("", nil), ("toolonglanguage", nil), ("zh-", nil)] as [(String, String?)])
    func languageTags(raw: String, expected: String?) {
        #expect(AtomValueRules.languageTag(raw) == expected)
    }
}
