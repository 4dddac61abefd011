@testable import NewswireParse
import Testing

@Suite struct URLResolverTests {
    /// RFC 3986 section 5.4: normal and abnormal examples against `http://a/b/c/d;p?q`.
    @Test(arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
        ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
        ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"),
        ("/./g", "http://a/g"), ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"),
        ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"),
        ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
        ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"),
        ("g?y/./x", "http://a/b/c/g?y/./x"), ("g?y/../x", "http://a/b/c/g?y/../x"),
        ("g#s/./x", "http://a/b/c/g#s/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"), ("http:g", "http:g"),
    ])
    func rfc3986Examples(reference: String, expected: String) {
        #expect(URLResolver.resolve(reference, against: "http://a/b/c/d;p?q") == expected)
    }

    @Test(arguments: [
        ("  \n https://example.com/a \t", "https://example.org/", "https://example.com/a"),
        ("//cdn.example.com/x.png", "https://news.example.cn/list/", "https://cdn.example.com/x.png"),
        ("a/b.html", "https://news.example.cn/list/index.html", "https://news.example.cn/list/a/b.html"),
        ("/经济/1.shtml", "https://www.guancha.cn/economy", "https://www.guancha.cn/经济/1.shtml"),
        ("page", "https://example.com", "https://example.com/page"),
        ("?page=2", "https://example.com/list?page=1#top", "https://example.com/list?page=2"),
        ("https://Example.com/a/../b", "https://example.org/", "https://Example.com/b"),
        ("mailto:someone@example.com", "https://example.org/", "mailto:someone@example.com"),
        ("a/b:c", "https://example.org/x/", "https://example.org/x/a/b:c"),
        // Schemes are case-insensitive; the canonical lower case lets `https://` tests see the link.
        ("httPs://example.com/news?id=1", "https://example.org/", "https://example.com/news?id=1"),
        ("/x", "HTTP://example.org/a", "http://example.org/x"),
    ])
    func feedCases(reference: String, base: String, expected: String) {
        #expect(URLResolver.resolve(reference, against: base) == expected)
    }

    @Test func relativeReferenceWithoutAbsoluteBaseIsKept() {
        #expect(URLResolver.resolve("a/b.html", against: nil) == "a/b.html")
        #expect(URLResolver.resolve(" a/b.html ", against: "relative/base/") == "a/b.html")
        #expect(URLResolver.resolve("https://example.com/x", against: nil) == "https://example.com/x")
    }

    @Test(arguments: [("http://x", true), ("HTTPS://x", true), ("ftp://x", false), ("urn:uuid:1", false), ("", false)])
    func httpURLDetection(text: String, expected: Bool) {
        #expect(URLResolver.isHTTPURL(text) == expected)
    }
}
