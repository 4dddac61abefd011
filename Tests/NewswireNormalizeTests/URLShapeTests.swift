import Testing
@testable import NewswireNormalize

/// The common shapes of links and content URLs: scheme tests, root-relative paths, canonical forms.
struct URLShapeTests {
    @Test(arguments: [
        "http://x", "HTTP://x", "hTtPs://a/b", "https://", "http://", "http:/x", "http:x", "https:/", "httpss://x",
        "ftp://x", "", "h", " http://x", "\u{1}https://x", "http\u{1A}//x", "http:\u{F}/x", "http://\u{301}x",
        "https://é.example/", "http://x \u{301}", "httpſ://x", "ｈttp://x", "http://x\n",
    ])
    func isHTTPMatchesLowercasedPrefixes(url: String) {
        let lowered = url.trimmingURLBlanks().lowercased()
        #expect(URLCanonicalizer.isHTTP(url) == (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")))
    }

    @Test(arguments: [
        ("/img/a.jpg", "HTTPS://Example.org/x/y?q#f", "https://Example.org/img/a.jpg"),
        ("/", "http://e.org/a", "http://e.org/"),
        ("/a/./b/../c", "https://e.org/", "https://e.org/a/c"),
        ("/a b", "https://e.org/", "https://e.org/a%20b"),
        ("/a?x=1#f", "https://e.org/", "https://e.org/a?x=1#f"),
        ("//cdn.example/x.png", "https://e.org/", "https://cdn.example/x.png"),
        ("/x:y", "https://e.org/", "https://e.org/x:y"),
        ("/é", "https://e.org/", "https://e.org/%C3%A9"),
        ("/x?a=1&b=2", "https://E.org/p?q", "https://E.org/x?a=1&b=2"), ("/x?a=/./b", "https://e.org/", "https://e.org/x?a=/./b"),
        ("/x?", "https://e.org/", "https://e.org/x?"), ("/?a", "http://e.org:8080/", "http://e.org:8080/?a"),
        ("/x?a?b", "https://e.org/", "https://e.org/x?a?b"), ("/x?a b", "https://e.org/", "https://e.org/x?a%20b"),
    ])
    func rootRelativePathsResolveAgainstTheOrigin(url: String, base: String, expected: String) {
        #expect(URLCanonicalizer.resolve(url, base: base) == expected)
    }

    @Test func rootRelativePathsNeedAnHTTPBaseWithAHost() {
        #expect(URLCanonicalizer.resolve("/a", base: "http:///x") == nil)
        #expect(URLCanonicalizer.resolve("/a", base: "mailto:x@e.org") == "mailto:/a")
        #expect(URLCanonicalizer.resolve("/a", base: "relative/base") == nil)
    }

    @Test(arguments: [
        ("https://news.example/a.html?utm_source=x", "https://news.example/a.html"),
        ("https://news.example", "https://news.example/"),
        ("http://e.org?b=1&utm_medium=2#frag", "http://e.org/?b=1"),
        ("https://e.org/a?x=1&&y=2", "https://e.org/a?x=1&y=2"),
        ("https://e.org/a?", "https://e.org/a"),
        ("https://e.org/%7Ex?q=a?b", "https://e.org/%7Ex?q=a?b"),
        ("https://e.org/a/../b", "https://e.org/b"),
        ("https://E.org/a", "https://e.org/a"),
        ("https://e.org:443/a", "https://e.org/a"),
        ("https://e.org/a b", "https://e.org/a%20b"),
        ("https://e.org/a#x y", "https://e.org/a"),
        ("HTTP://e.org/", "http://e.org/"),
    ])
    func linksCanonicalize(url: String, expected: String) {
        #expect(URLCanonicalizer.canonicalize(url, base: nil) == expected)
    }

    @Test(arguments: [
        ("https://bench.example/feeds/feed0.xml", true), ("http://E.org", true), ("https://e.org?q#f", true),
        ("https://e.org/a#b#c", false), ("https://e.org/./a", false), ("https://e.org/a?/./b", true),
        ("https://e\r.org/", false), ("https://e.org:8080/", false), ("https://e.org/a b", false), ("HTTPS://e.org/", false),
    ])
    func absoluteURLsThatResolveToThemselves(url: String, unchanged: Bool) {
        let resolved = URLCanonicalizer.resolve(url, base: "https://base.example/")
        if unchanged { #expect(resolved == url) } else { #expect(resolved != nil) }
    }
}
