import Testing
@testable import NewswireNormalize

/// Ordinary article markup that the sanitizer must keep as it is (URLs made absolute): the other
/// half of the XSS battery, so that safety is not bought by dropping content.
@Suite struct ArticleMarkupSurvivalTests {
    static let base = "https://example.com/news/story.html"

    static let articles: [(String, String)] = [
        ("<p>First paragraph.</p><p>Second, with <strong>strong</strong>, <em>em</em> and <code>code</code>.</p>",
         "<p>First paragraph.</p><p>Second, with <strong>strong</strong>, <em>em</em> and <code>code</code>.</p>"),
        ("<h1>Title</h1><h2>Sub</h2><h3>Third</h3><h4>4</h4><h5>5</h5><h6>6</h6>",
         "<h1>Title</h1><h2>Sub</h2><h3>Third</h3><h4>4</h4><h5>5</h5><h6>6</h6>"),
        ("<ul><li>one</li><li>two <a href=\"/t\">link</a></li></ul>",
         "<ul><li>one</li><li>two <a href=\"https://example.com/t\">link</a></li></ul>"),
        ("<ol start=\"3\" reversed type=\"i\"><li>three</li><li>four</li></ol>",
         "<ol start=\"3\" reversed=\"\" type=\"i\"><li>three</li><li>four</li></ol>"),
        ("<ul><li>outer<ul><li>inner</li></ul></li></ul>", "<ul><li>outer<ul><li>inner</li></ul></li></ul>"),
        ("<dl><dt>Term</dt><dd>Definition</dd></dl>", "<dl><dt>Term</dt><dd>Definition</dd></dl>"),
        ("<table><caption>Q4</caption><thead><tr><th scope=\"col\">Year</th><th>Sales</th></tr></thead>"
            + "<tbody><tr><td>2024</td><td rowspan=\"2\">9</td></tr></tbody><tfoot><tr><td colspan=\"2\">Σ</td></tr>"
            + "</tfoot></table>",
         "<table><caption>Q4</caption><thead><tr><th scope=\"col\">Year</th><th>Sales</th></tr></thead>"
            + "<tbody><tr><td>2024</td><td rowspan=\"2\">9</td></tr></tbody><tfoot><tr><td colspan=\"2\">Σ</td></tr>"
            + "</tfoot></table>"),
        ("<img src=\"/photo.jpg\" alt=\"A photo\" width=\"640\" height=\"480\">",
         "<img src=\"https://example.com/photo.jpg\" alt=\"A photo\" width=\"640\" height=\"480\">"),
        ("<img src=\"a.jpg\" srcset=\"a-480.jpg 480w, a-800.jpg 800w\" sizes=\"(max-width: 600px) 480px, 800px\" alt=\"\">",
         "<img src=\"https://example.com/news/a.jpg\" srcset=\"https://example.com/news/a-480.jpg 480w, "
            + "https://example.com/news/a-800.jpg 800w\" sizes=\"(max-width: 600px) 480px, 800px\" alt=\"\">"),
        ("<img src=\"https://cdn.example.org/i.png?w=1&amp;h=2\" alt=\"i\">",
         "<img src=\"https://cdn.example.org/i.png?w=1&amp;h=2\" alt=\"i\">"),
        ("<a href=\"https://other.example/path?x=1\" title=\"Other\">other</a>",
         "<a href=\"https://other.example/path?x=1\" title=\"Other\">other</a>"),
        ("<a href=\"#section-2\">jump</a>", "<a href=\"https://example.com/news/story.html#section-2\">jump</a>"),
        ("<a href=\"mailto:editor@example.com\">write</a>", "<a href=\"mailto:editor@example.com\">write</a>"),
        ("<figure><img src=\"/f.png\" alt=\"F\"><figcaption>Caption <em>here</em></figcaption></figure>",
         "<figure><img src=\"https://example.com/f.png\" alt=\"F\"><figcaption>Caption <em>here</em></figcaption>"
            + "</figure>"),
        ("<blockquote cite=\"https://source.example/\"><p>Quoted words.</p></blockquote>",
         "<blockquote cite=\"https://source.example/\"><p>Quoted words.</p></blockquote>"),
        ("<pre><code class=\"language-swift\">let x = a &lt; b &amp;&amp; c\n    print(x)</code></pre>",
         "<pre><code>let x = a &lt; b &amp;&amp; c\n    print(x)</code></pre>"),
        ("<p>H<sub>2</sub>O and E=mc<sup>2</sup>, <abbr title=\"HyperText\">HTML</abbr>, <q>quote</q></p>",
         "<p>H<sub>2</sub>O and E=mc<sup>2</sup>, <abbr title=\"HyperText\">HTML</abbr>, <q>quote</q></p>"),
        ("<p>Line one<br>line two</p><hr>", "<p>Line one<br>line two</p><hr>"),
        ("<p><del datetime=\"2024-12-26\">old</del> <ins>new</ins> <mark>hi</mark> <s>x</s> <u>u</u></p>",
         "<p><del datetime=\"2024-12-26\">old</del> <ins>new</ins> <mark>hi</mark> <s>x</s> <u>u</u></p>"),
        ("<p lang=\"zh-CN\" dir=\"ltr\">中文段落，“引号”与——破折号。</p>",
         "<p lang=\"zh-CN\" dir=\"ltr\">中文段落，“引号”与——破折号。</p>"),
        ("<details><summary>More</summary><p>Hidden</p></details>",
         "<details><summary>More</summary><p>Hidden</p></details>"),
        ("<picture><source srcset=\"/p.webp\" type=\"image/webp\"><img src=\"/p.jpg\" alt=\"p\"></picture>",
         "<picture><source srcset=\"https://example.com/p.webp\" type=\"image/webp\"><img src=\"https://example.com/p.jpg\" alt=\"p\"></picture>"),
        ("<p><time datetime=\"2024-12-26T13:09:00+08:00\">Dec 26</time> · <cite>Reuters</cite></p>",
         "<p><time datetime=\"2024-12-26T13:09:00+08:00\">Dec 26</time> · <cite>Reuters</cite></p>"),
        ("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">",
         "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">"),
        ("<p>Prices &amp; “quotes” — 5 &lt; 6 &gt; 4</p>", "<p>Prices &amp; “quotes” — 5 &lt; 6 &gt; 4</p>"),
        ("<section><article><header><h2>H</h2></header><p>Body</p><footer>F</footer></article></section>",
         "<section><article><header><h2>H</h2></header><p>Body</p><footer>F</footer></article></section>"),
    ]

    @Test(arguments: articles)
    func articleMarkupSurvives(input: String, expected: String) {
        let output = HTMLSanitizer.sanitize(input, baseURL: Self.base)
        #expect(output == expected)
        #expect(scriptableParts(of: output).isEmpty)
    }
}
