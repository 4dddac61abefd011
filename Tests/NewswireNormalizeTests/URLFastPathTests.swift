import Testing
@testable import NewswireNormalize

/// The byte-level shortcuts for common URLs give what the general code gives.
struct URLFastPathTests {
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
        ("https://news.example/a.html?utm_source=x", "https://news.example/a.html", true),
        ("https://news.example", "https://news.example/", true),
        ("http://e.org?b=1&utm_medium=2#frag", "http://e.org/?b=1", true),
        ("https://e.org/a?x=1&&y=2", "https://e.org/a?x=1&y=2", true),
        ("https://e.org/a?", "https://e.org/a", true),
        ("https://e.org/%7Ex?q=a?b", "https://e.org/%7Ex?q=a?b", true),
        ("https://e.org/a/../b", "https://e.org/b", false),
        ("https://E.org/a", "https://e.org/a", false),
        ("https://e.org:443/a", "https://e.org/a", false),
        ("https://e.org/a b", "https://e.org/a%20b", false),
        ("https://e.org/a#x y", "https://e.org/a", false),
        ("HTTP://e.org/", "http://e.org/", false),
    ])
    func linksCanonicalizeTheSameOnBothPaths(url: String, expected: String, plain: Bool) {
        #expect(URLCanonicalizer.canonicalize(url, base: nil) == expected)
        #expect((URLCanonicalizer.canonicalizePlain(url) != nil) == plain)
    }

    @Test(arguments: [
        ("https://bench.example/feeds/feed0.xml", true), ("http://E.org", true), ("https://e.org?q#f", true),
        ("https://e.org/a#b#c", false), ("https://e.org/./a", false), ("https://e.org/a?/./b", true),
        ("https://e\r.org/", false), ("https://e.org:8080/", false), ("https://e.org/a b", false), ("HTTPS://e.org/", false),
    ])
    func absoluteURLsThatResolveToThemselves(url: String, unchanged: Bool) {
        #expect(URLCanonicalizer.resolvesToItself(url) == unchanged)
        if unchanged { #expect(URLCanonicalizer.resolve(url, base: "https://base.example/") == url) }
    }

    @Test(arguments: [
        "https://news.example/f0-0.html", "http://E.org", "https://e.org?q", "https://e.org#f", "https://e.org:8080/",
        "https://u@e.org/", "HTTPS://e.org/", " https://e.org/", "https://e.org\t/", "https:///x", "mailto:a@e.org",
        "https://[::1]/", "https://é.example/",
    ])
    func plainOriginsAreWhatParsingFinds(base: String) {
        var parsed = ContentBase(base)
        var expected: String?
        if let reference = parsed.reference(), let scheme = reference.scheme?.lowercased(),
           scheme == "http" || scheme == "https", let authority = reference.authority,
           let parts = Authority(authority), !parts.host.isEmpty {
            expected = scheme + "://" + authority
        }
        #expect(parsed.httpOrigin() == expected)
        if let plain = URLCanonicalizer.plainOrigin(base) { #expect(plain == expected) }
    }
}
