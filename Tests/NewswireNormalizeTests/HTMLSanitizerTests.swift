import Testing
@testable import NewswireNormalize

struct HTMLSanitizerTests {
    static let base = "https://example.com/news/2024/story.html"

    static let keptMarkup: [(String, String)] = [
        ("<p>Hello <b>bold</b> and <em>em</em></p>", "<p>Hello <b>bold</b> and <em>em</em></p>"),
        ("plain text only", "plain text only"),
        ("<P CLASS=x ID=y>Upper</P>", "<p>Upper</p>"),
        ("<h2 title=\"t\">Head</h2><hr><br/>", "<h2 title=\"t\">Head</h2><hr><br>"),
        ("<ul><li>one<li>two</ul>", "<ul><li>one</li><li>two</li></ul>"),
        ("<table><tr><td colspan=2 bgcolor=red>c</td></tr></table>",
         "<table><tr><td colspan=\"2\">c</td></tr></table>"),
        ("<figure><img src=\"/a.png\" alt=\"A &amp; B\" width=10 class=c><figcaption>cap</figcaption></figure>",
         "<figure><img src=\"https://example.com/a.png\" alt=\"A &amp; B\" width=\"10\"><figcaption>cap</figcaption></figure>"),
        ("<a href=\"x.html\" target=_blank rel=nofollow>link</a>",
         "<a href=\"https://example.com/news/2024/x.html\">link</a>"),
        ("<blockquote cite=\"/src\">q</blockquote>", "<blockquote cite=\"https://example.com/src\">q</blockquote>"),
        ("<time datetime=\"2024-12-26\">today</time>", "<time datetime=\"2024-12-26\">today</time>"),
        ("<custom-tag><p>inner</p></custom-tag>", "<p>inner</p>"),
        ("<font color=red>old</font><center>c</center>", "old<center>c</center>"),
        ("a &lt;b&gt; &amp; &quot;c&quot; &nbsp;d", "a &lt;b&gt; &amp; &quot;c&quot; \u{00A0}d"),
        ("<pre>  keep\n  spaces</pre>", "<pre>  keep\n  spaces</pre>"),
        ("<!-- comment --><p>x</p>", "<p>x</p>"),
        ("<p>unclosed <b>bold <i>it", "<p>unclosed <b>bold <i>it</i></b></p>"),
        ("<video src=v.mp4 poster=p.jpg controls autoplay><source src=v.webm type=video/webm></video>",
         "<video src=\"https://example.com/news/2024/v.mp4\" poster=\"https://example.com/news/2024/p.jpg\" controls=\"\"><source src=\"https://example.com/news/2024/v.webm\" type=\"video/webm\"></video>"),
        ("<a href=\"mailto:a@example.com\">mail</a>", "<a href=\"mailto:a@example.com\">mail</a>"),
        ("<img src=\"data:image/png;base64,iVBORw0KGgo=\">", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">"),
        ("<p>中文内容</p>", "<p>中文内容</p>"),
        ("bad\u{01}control", "badcontrol"),
        ("a\u{0}b<p>c</p>", "ab<p>c</p>"),
        ("", ""),
        ("   \n ", ""),
        // Elements that are not kept but whose text a reader sees lose their tags only.
        ("safe <object><b>description</b></object>", "safe <b>description</b>"),
        ("<object data=\"x.swf\"><param name=a value=b><p>Fallback</p></object>", "<p>Fallback</p>"),
        ("<applet code=A>Applet text</applet>", "Applet text"),
        ("<form action=\"/s\"><p>Ask us</p><button>Send</button><input value=secret></form>",
         "<p>Ask us</p>"),
        ("<textarea>typed &amp; kept</textarea>", "typed &amp; kept"),
        ("a<select><option>Red</option></select>b", "ab"),
    ]

    @Test(arguments: keptMarkup)
    func allowedMarkupIsKeptPredictably(input: String, expected: String) {
        #expect(HTMLSanitizer.sanitize(input, baseURL: Self.base) == expected)
    }

    static let bypasses: [String] = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=x onerror=alert(1)//",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"jav\tascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097vascript:alert(1)\">x</a>",
        "<a href=\" &#14; javascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<img src=\"data:text/html,<script>alert(1)</script>\">",
        "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<svg onload=alert(1)><script>alert(2)</script></svg>",
        "<math href=\"javascript:alert(1)\"><mi>x</mi></math>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<button formaction=\"javascript:alert(1)\">b</button>",
        "<form action=\"javascript:alert(1)\"><input onfocus=alert(1) autofocus></form>",
        "<div style=\"background:url(javascript:alert(1));width:expression(alert(1))\">s</div>",
        "<p onclick=\"alert(1)\" onmouseover=alert(2)>p</p>",
        "<style>body{background:url(\"javascript:alert(1)\")}</style>text",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<img srcset=\"javascript:alert(1) 1x, /ok.png 2x\">",
        "<video poster=\"javascript:alert(1)\"></video>",
        "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<<script>script>alert(1)<</script>/script>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<template><script>alert(1)</script></template>",
        "<base href=\"javascript:/\"><a href=\"x\">x</a>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<a href=\"java\nscript:alert(1)\">x</a>",
        "<a href=\"javascript\u{0}:alert(1)\">x</a>",
        "<textarea><script>alert(1)</script></textarea>",
        "<xmp><script>alert(1)</script></xmp>",
    ]

    @Test(arguments: bypasses)
    func scriptableMarkupIsRemoved(input: String) {
        let output = HTMLSanitizer.sanitize(input, baseURL: Self.base).lowercased()
        #expect(!output.contains("<script"))
        #expect(!output.contains("javascript:"))
        #expect(!output.contains("vbscript:"))
        #expect(!output.contains("data:text"))
        #expect(!output.contains("<svg") && !output.contains("<math") && !output.contains("<iframe"))
        #expect(!output.contains("<style") && !output.contains("style="))
        #expect(!output.contains("formaction") && !output.contains("srcdoc"))
        #expect(output.firstRange(of: /\son[a-z]+\s*=/) == nil, "event handler in \(output)")
        #expect(output.firstRange(of: /<[a-z]+[^>]*\s(on|style|srcdoc|formaction)/) == nil)
    }

    @Test func dropsScriptAndStyleWithTheirContentButKeepsWhatFollows() {
        #expect(HTMLSanitizer.sanitize("<script>var a = 1;</script>after", baseURL: nil) == "after")
        #expect(HTMLSanitizer.sanitize("<style>p{}</style><p>kept</p>", baseURL: nil) == "<p>kept</p>")
        #expect(HTMLSanitizer.sanitize("<p>a<iframe src=x>inner</iframe>b</p>", baseURL: nil) == "<p>ab</p>")
    }

    static let urlCases: [(String, String)] = [
        ("<a href=\"../up.html\">u</a>", "<a href=\"https://example.com/news/up.html\">u</a>"),
        ("<a href=\"//other.example/x\">p</a>", "<a href=\"https://other.example/x\">p</a>"),
        ("<a href=\"?p=2#c\">q</a>", "<a href=\"https://example.com/news/2024/story.html?p=2#c\">q</a>"),
        ("<a href=\"https://example.com/?a=1&amp;b=2\">amp</a>", "<a href=\"https://example.com/?a=1&amp;b=2\">amp</a>"),
        ("<img src=\"a b.png\">", "<img src=\"https://example.com/news/2024/a%20b.png\">"),
        ("<img srcset=\"small.jpg 480w, /large.jpg 1080w\">",
         "<img srcset=\"https://example.com/news/2024/small.jpg 480w, https://example.com/large.jpg 1080w\">"),
        ("<img srcset=\"https://cdn.example/w_100,h_100/a.jpg 1x,b.jpg 2x\">",
         "<img srcset=\"https://cdn.example/w_100,h_100/a.jpg 1x, https://example.com/news/2024/b.jpg 2x\">"),
        ("<picture><source srcset=\"a.webp\" type=\"image/webp\"><img src=\"a.jpg\"></picture>",
         "<picture><source srcset=\"https://example.com/news/2024/a.webp\" type=\"image/webp\"><img src=\"https://example.com/news/2024/a.jpg\"></picture>"),
        ("<a href=\"ftp://example.com/f\">f</a>", "<a>f</a>"),
    ]

    @Test(arguments: urlCases)
    func relativeURLsBecomeAbsolute(input: String, expected: String) {
        #expect(HTMLSanitizer.sanitize(input, baseURL: Self.base) == expected)
    }

    @Test func relativeURLsStayRelativeWithoutBase() {
        #expect(HTMLSanitizer.sanitize("<a href=\"x.html\">x</a>", baseURL: nil) == "<a href=\"x.html\">x</a>")
    }

    static let lazyImages: [(String, String)] = [
        ("<img data-src=\"/real.jpg\">", "<img src=\"https://example.com/real.jpg\">"),
        ("<img src=\"data:image/gif;base64,R0lGOD\" data-original=\"real.jpg\" alt=a>",
         "<img src=\"https://example.com/news/2024/real.jpg\" alt=\"a\">"),
        ("<img src=\"/img/placeholder.png\" data-lazy-src=\"/real.jpg\">", "<img src=\"https://example.com/real.jpg\">"),
        ("<img src=\"/real.jpg\" data-src=\"/other.jpg\">", "<img src=\"https://example.com/real.jpg\">"),
        ("<img data-src=\"javascript:alert(1)\">", "<img>"),
        ("<img src=\"/blank.gif\" data-srcset=\"a.jpg 1x, b.jpg 2x\" data-src=\"a.jpg\">",
         "<img src=\"https://example.com/news/2024/a.jpg\" srcset=\"https://example.com/news/2024/a.jpg 1x, https://example.com/news/2024/b.jpg 2x\">"),
    ]

    @Test(arguments: lazyImages)
    func lazyImagesGetTheirRealSource(input: String, expected: String) {
        #expect(HTMLSanitizer.sanitize(input, baseURL: Self.base) == expected)
    }

    @Test func outputParsesBackToTheSameMarkup() {
        let once = HTMLSanitizer.sanitize("<p title='a\"b'>x &lt; y <a href=\"/?a=1&b=2\">l</a></p><br>", baseURL: Self.base)
        #expect(once == "<p title=\"a&quot;b\">x &lt; y <a href=\"https://example.com/?a=1&amp;b=2\">l</a></p><br>")
        #expect(HTMLSanitizer.sanitize(once, baseURL: Self.base) == once)
    }
}
