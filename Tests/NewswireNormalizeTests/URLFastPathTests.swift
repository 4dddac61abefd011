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
    ])
    func rootRelativePathsResolveAgainstTheOrigin(url: String, base: String, expected: String) {
        #expect(URLCanonicalizer.resolve(url, base: base) == expected)
    }

    @Test func rootRelativePathsNeedAnHTTPBaseWithAHost() {
        #expect(URLCanonicalizer.resolve("/a", base: "http:///x") == nil)
        #expect(URLCanonicalizer.resolve("/a", base: "mailto:x@e.org") == "mailto:/a")
        #expect(URLCanonicalizer.resolve("/a", base: "relative/base") == nil)
    }
}
