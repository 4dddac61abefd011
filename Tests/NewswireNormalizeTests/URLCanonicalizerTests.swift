import Testing
@testable import NewswireNormalize

struct URLCanonicalizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let base: String?
        let expected: String?
        var testDescription: String { input }
        init(_ input: String, base: String? = nil, _ expected: String?) {
            self.input = input
            self.base = base
            self.expected = expected
        }
    }

    static let base = "https://news.example.com/world/asia/index.html?page=2#top"

    static let canonicalCases: [Case] = [
        // tracking parameters
        Case("https://example.com/a?utm_source=rss&utm_medium=feed", "https://example.com/a"),
        Case("https://example.com/a?id=7&utm_campaign=x&page=2", "https://example.com/a?id=7&page=2"),
        Case("https://example.com/a?UTM_Source=x&id=1", "https://example.com/a?id=1"),
        Case("https://example.com/a?fbclid=abc", "https://example.com/a"),
        Case("https://example.com/a?gclid=1&dclid=2&msclkid=3&yclid=4", "https://example.com/a"),
        Case("https://example.com/a?mc_cid=1&mc_eid=2&x=y", "https://example.com/a?x=y"),
        Case("https://example.com/a?_hsenc=1&_hsmi=2&igshid=3&mkt_tok=4", "https://example.com/a"),
        Case("https://example.com/a?oly_anon_id=1&oly_enc_id=2&vero_id=3&wt_mc=4&__s=5", "https://example.com/a"),
        Case("https://example.com/a?b=2&a=1", "https://example.com/a?b=2&a=1"),
        Case("https://example.com/a?", "https://example.com/a"),
        Case("https://example.com/a?&&id=3&", "https://example.com/a?id=3"),
        Case("https://example.com/a?utm=keep&xutm_source=keep", "https://example.com/a?utm=keep&xutm_source=keep"),
        Case("https://example.com/a?q=caf%C3%A9&utm_source=x", "https://example.com/a?q=caf%C3%A9"),
        Case("https://example.com/a?%75tm_source=x&k", "https://example.com/a?k"),
        // ports
        Case("http://example.com:80/a", "http://example.com/a"),
        Case("https://example.com:443/a", "https://example.com/a"),
        Case("http://example.com:443/a", "http://example.com:443/a"),
        Case("https://example.com:8443/a", "https://example.com:8443/a"),
        Case("https://example.com:/a", "https://example.com/a"),
        Case("https://example.com:0443/a", "https://example.com/a"),
        Case("https://example.com:abc/a", nil),
        // fragments
        Case("https://example.com/a#section-2", "https://example.com/a"),
        Case("https://example.com/a?x=1#frag", "https://example.com/a?x=1"),
        // case
        Case("HTTPS://Example.COM/Path/File.HTML", "https://example.com/Path/File.HTML"),
        Case("Http://WWW.Example.com", "http://www.example.com/"),
        // relative
        Case("/news/1.html", base: base, "https://news.example.com/news/1.html"),
        Case("story.html", base: base, "https://news.example.com/world/asia/story.html"),
        Case("../europe/x.html", base: base, "https://news.example.com/world/europe/x.html"),
        Case("./a/./b/../c", base: base, "https://news.example.com/world/asia/a/c"),
        Case("?page=3", base: base, "https://news.example.com/world/asia/index.html?page=3"),
        Case("", base: base, "https://news.example.com/world/asia/index.html?page=2"),
        Case("#only-fragment", base: base, "https://news.example.com/world/asia/index.html?page=2"),
        Case("/a", base: nil, nil),
        Case("https://example.com/a/../../b", "https://example.com/b"),
        // protocol-relative
        Case("//cdn.example.net/x.jpg", base: base, "https://cdn.example.net/x.jpg"),
        Case("//cdn.example.net/x.jpg", base: "http://example.com/", "http://cdn.example.net/x.jpg"),
        // percent-encoding
        Case("https://example.com/a b/c", "https://example.com/a%20b/c"),
        Case("https://example.com/新闻/1.html?q=中国", "https://example.com/%E6%96%B0%E9%97%BB/1.html?q=%E4%B8%AD%E5%9B%BD"),
        Case("  https://example.com/a\n", "https://example.com/a"),
        Case("https://example.com/a%20b", "https://example.com/a%20b"),
        // IDNA
        Case("https://münchen.example/", "https://xn--mnchen-3ya.example/"),
        Case("https://Bücher.example/x", "https://xn--bcher-kva.example/x"),
        Case("http://中国。example/", "http://xn--fiqs8s.example/"),
        // non-http
        Case("ftp://example.com/file", nil),
        Case("mailto:someone@example.com", nil),
        Case("javascript:alert(1)", nil),
        Case("data:text/html,hi", nil),
        Case("file:///etc/passwd", nil),
        Case("https:///path-without-host", nil),
        Case("relative.html", base: "file:///srv/feeds/a.xml", nil),
        // user info and IPv6 survive
        Case("https://user@Example.com/a", "https://user@example.com/a"),
        Case("http://[::1]:80/x", "http://[::1]/x"),
    ]

    @Test(arguments: canonicalCases)
    func canonicalize(_ testCase: Case) {
        #expect(URLCanonicalizer.canonicalize(testCase.input, base: testCase.base) == testCase.expected)
    }

    static let resolveCases: [Case] = [
        Case("img/a.png", base: "https://example.com/posts/1/", "https://example.com/posts/1/img/a.png"),
        Case("/a?utm_source=x#frag", base: "https://example.com/b", "https://example.com/a?utm_source=x#frag"),
        Case("//cdn.example.com/a.png", base: "http://example.com/", "http://cdn.example.com/a.png"),
        Case("HTTP://Example.com:80/a", base: nil, "http://Example.com:80/a"),
        Case("a b.png", base: "https://example.com/", "https://example.com/a%20b.png"),
        Case("../../../a", base: "https://example.com/x/", "https://example.com/a"),
        Case("a.png", base: nil, nil),
        Case("http:no-host", base: nil, nil),
    ]

    @Test(arguments: resolveCases)
    func resolve(_ testCase: Case) {
        #expect(URLCanonicalizer.resolve(testCase.input, base: testCase.base) == testCase.expected)
    }

    @Test(arguments: [("münchen", "mnchen-3ya"), ("bücher", "bcher-kva"), ("中国", "fiqs8s"), ("ü", "tda"),
                      ("правда", "80aafi6cg")])
    func punycodeMatchesKnownEncodings(label: String, encoded: String) {
        #expect(Punycode.encode(label) == encoded)
    }
}
