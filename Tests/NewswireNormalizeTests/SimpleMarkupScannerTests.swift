import Testing
@testable import NewswireNormalize

/// The scanner for simple markup must report exactly what libxml2's HTML parser builds, or decline.
struct SimpleMarkupScannerTests {
    @Test(arguments: [
        "<p>one</p><p>two <b>bold</b></p>", "<p><img src=\"/a.jpg\" alt=\"x\"></p>", "x<br>y<br/>z<hr />",
        "a &amp; b", "<a href=\"/p?a=1&amp;b=2\" title='&#39;t&#39;'>x</a>", "&hellip;",
        "<p>it&#8217;s &lt;code&gt; &quot;q&quot;&nbsp;&eacute;&#x4E2D;</p>",
        "Q&A, AT&T; a & b &copy 2024 &foo; &AMP; 1&2 x&", "<a href=\"?a&b\" title=\"a&foo;b &x\">x</a>",
        "<ul><li>a</li><li>b <a href='https://e.org/'>l</a></li></ul>", "<div>\n<p>中文，标点</p>\n</div>",
        "<figure><img src=\"a.png\"><figcaption>c</figcaption></figure>", "<p>unclosed <em>tags",
    ])
    func acceptsCommonMarkupLikeLibxml2(html: String) {
        let scanned = Self.scannedEvents(html)
        #expect(scanned != nil)
        #expect(scanned == Self.libxml2Events(html))
    }

    @Test(arguments: [
        "<p>a<p>b", "<div><div>x</div></div>", "&_x;", "&:", "&é;", "&a.b", "&#128;", "&#xFFFE;", "&#;",
        "<P>upper</P>", "<script>x</script>", "<p>a</div>", "<!-- c -->", "<p/>", "a < b", "<img src=x>", "<b>a\r\nb</b>",
        "<wbr>x", "<a href=\"a&_b\">x</a>",
        "<p class=\"a\"class=\"b\">x</p>", "<p a=\"1\" a=\"2\">x</p>", "<body>x</body>", "<p>a</p >",
    ])
    func declinesWhatItDoesNotModel(html: String) {
        #expect(Self.scannedEvents(html) == nil)
    }

    /// Random fragments from a grammar of common and awkward markup: whatever the scanner accepts,
    /// libxml2 must read the same way.
    @Test func randomFragmentsMatchLibxml2() {
        var random = SplitMix64(seed: 7)
        var accepted = 0
        for _ in 0..<30_000 {
            let html = Self.fragment(&random, depth: 0)
            guard let scanned = Self.scannedEvents(html) else { continue }
            accepted += 1
            let parsed = Self.libxml2Events(html)
            #expect(scanned == parsed, "\(html)")
            if scanned != parsed { return }
        }
        #expect(accepted > 5_000)
    }

    /// Elements, attributes and texts the scanner reads, then ones it must leave to libxml2 (picked less often).
    private static let elements = (common: [
        "p", "a", "img", "br", "hr", "b", "i", "em", "strong", "span", "div", "ul", "ol", "li", "h1", "h3", "blockquote",
        "figure", "figcaption", "code", "small", "sub", "sup", "u", "s", "cite", "q", "mark", "abbr", "time", "del",
        "ins",
    ], rare: ["wbr", "source", "pre", "script", "font", "table", "td", "tr", "dl", "dt", "dd", "title", "P", "body"])
    private static let attributes = (common: [
        "src=\"/a.jpg\"", "alt='x'", "href=\"http://e.org/?a=1\"", "class=\"c d\"", "data-src=\"b.png\"",
        "alt=\"a>b\"", "title=\"中文\"", "x-y=\"1\"", "src=\" j a\"", "alt=\"\"", "title=\"t&amp;\"",
        "href=\"/p?a=1&amp;b=2\"", "alt='&#8217;&quot;'", "title=\"&lt;&nbsp;&#x4E2D;\"", "href=\"?a=1&b=2\"",
        "alt=\"Q&A &foo; &\"",
    ], rare: ["id=x", "controls", "ALT=\"y\"", "src=\"a\tb\"", "href=\"?a&b=1\"", "alt=\"&foo;\"", "alt=\"&amp\"",
              "title=\"&#0;\"", "alt='&#39;'", "title=\"&#x22;\""])
    private static let texts = (common: [
        "word", " ", "\n", "中文", "a > b", "tab\there", "  two  spaces ", "'q\"", "\u{FEFF}", "é",
        "&amp;", "&lt;", "&gt;", "&quot;", "&#65;", "&#8217;", "&nbsp;", "&eacute;", "&#x4E2D;", "&hellip;",
        "& ", "Q&A", "&copy 2", "&foo;", "a&", "&1",
    ], rare: ["x<y", "\r\n", "\u{1}", "\u{FFFE}", "&AMP;", "&amp", "&#128;", "&#0;", "&#xFFFE;", "&_x", "&a-b;",
              "&a.b", "&中", "&:x", "&amp\t", "&abcdefghijkl;", "&amp;amp;", "&#38;",
              "&thetasym;", "&#X41;", "&#1114111;", "&#55296;", "&;", "&#;", "&#x;", "& ", "&amp.x;", "&apos;",
              "&#00000065;", "&#9;", "&#160;", "&#x2003;", "&#12288;"])

    private static func fragment(_ random: inout SplitMix64, depth: Int) -> String {
        func pick(_ pools: (common: [String], rare: [String])) -> String {
            let pool = random.below(10) == 0 ? pools.rare : pools.common
            return pool[random.below(pool.count)]
        }
        var html = ""
        for _ in 0..<random.below(depth == 0 ? 6 : 4) {
            if random.below(3) == 0 || depth > 3 {
                html += pick(texts)
                continue
            }
            let name = pick(elements)
            html += "<" + name
            for _ in 0..<random.below(3) { html += " " + pick(attributes) }
            html += ["", "", "", "", " ", "/"][random.below(6)] + ">"
            html += fragment(&random, depth: depth + 1)
            switch random.below(12) {
            case 0: break
            case 1: html += "</" + pick(elements) + ">"
            default: html += "</" + name + ">"
            }
        }
        return html
    }

    private static func scannedEvents(_ html: String) -> [String]? {
        var sink = RecordingSink()
        return SimpleMarkupScanner.scan(html, into: &sink) ? sink.events : nil
    }

    private static func libxml2Events(_ html: String) -> [String]? {
        var sink = RecordingSink()
        return HTMLFragmentTree.replay(html, into: &sink) ? sink.events : nil
    }
}

/// Writes events down as strings, adjacent text merged (libxml2 may split or join character data).
private struct RecordingSink: HTMLEventSink {
    var events: [String] = []

    mutating func startElement(_ kind: HTMLElementKinds.Kind, attributes: () -> [(name: String, value: String)]) -> Bool {
        events.append("<\(kind.name) " + attributes().map { "\($0.name)=[\($0.value)]" }.joined(separator: " "))
        return true
    }

    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: utf8, as: UTF8.self)
        if let last = events.last, last.hasPrefix("#") { events[events.count - 1] = last + text } else { events.append("#" + text) }
    }

    mutating func endElement(_ kind: HTMLElementKinds.Kind) { events.append("</\(kind.name)") }
}

/// A small deterministic generator, so a failure can be replayed.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// Text the scanner reports as plain comes out of the sanitizer as written, and other text escaped.
struct ScannerPlainTextTests {
    @Test(arguments: [
        ("<p>a\tb\nc 中文</p>", "<p>a\tb\nc 中文</p>"), ("<p>x > y</p>", "<p>x &gt; y</p>"),
        ("<p>say \"hi\"</p>", "<p>say &quot;hi&quot;</p>"),
        ("<p>long plain text of many words</p>x", "<p>long plain text of many words</p>x"),
        ("<b>0123456789abcdef\"0123456789</b>", "<b>0123456789abcdef&quot;0123456789</b>"),
    ])
    func markupIsEscapedOnlyWhereNeeded(html: String, expected: String) {
        #expect(HTMLSanitizer.sanitize(html, baseURL: nil) == expected)
    }
}
