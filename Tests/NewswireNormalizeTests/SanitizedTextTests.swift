import Testing
@testable import NewswireNormalize

/// The plain text collected while sanitizing is the text of the sanitized markup read back.
struct SanitizedTextTests {
    @Test(arguments: [
        "plain words", "a &amp; b &lt;c&gt; \"q\"", "<p>one</p><p>two</p>", "x<br>y", "<div>a<span>b</span>c</div>",
        "<script>bad()</script>kept", "<foo>un<bar>wrapped</bar></foo> text", "<ul><li>1</li><li>2</li></ul>",
        "<p>a<div>b</div>c</p>", "<table><tr><td>x</td><td>y</td></tr></table>", "ctl\u{1}chars\u{B}here",
        "<img src=\"a.png\" alt=\"x\">caption", "<picture><source srcset=\"a.webp\">fallback</picture>",
        "&amp;amp; double", "中文<b>粗体</b>，标点", "<p>  spaced \n\t out  </p>", "<!-- c -->after comment",
        "<h1>T</h1>body<hr>end", "<sup>1</sup> <sub>2</sub>", "<em>a</em> <strong>b</strong>", "<font><sup>1</sup></font> <sub>2</sub>",
    ])
    func collectedTextMatchesTheReparsedMarkup(html: String) {
        let sanitized = HTMLSanitizer.sanitizedWithText(html, baseURL: "https://example.org/")
        #expect(sanitized.markup == HTMLSanitizer.sanitize(html, baseURL: "https://example.org/"))
        #expect(sanitized.text == TextNormalizer.plainText(ofHTML: sanitized.markup.trimmingASCIIWhitespace()),
                "\(sanitized.markup)")
    }
}
