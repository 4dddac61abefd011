import Foundation
@testable import NewswireConfig
import Testing

@Suite struct PlainHTTPURLTests {
    @Test(arguments: [
        "http://a.example", "https://a.example/", "https://feeds.example.org/news/rss.xml?x=1&y=%2F",
        "http://127.0.0.1/feeds/feed0.xml", "http://127.0.0.1:28731/feeds/feed0.xml", "https://a-b.example/~user/(x);y=z:@!$'*+,",
    ])
    func plainURLsNeedNoParser(url: String) {
        #expect(PlainHTTPURL.matches(url))
        #expect(URLComponents(string: url)?.host?.isEmpty == false, "the full check would accept it too")
    }

    @Test(arguments: [
        "HTTP://a.example/", "http://", "http:///path", "http://-a.example/", "http://a.example:/", "http://a.example:65536/", "http://a.example:80:80/",
        "http://user:pw@a.example/", "http://[::1]/", "http://a.example/a b", "http://a.example/%2", "http://a.example/%zz",
        "http://a.example/#top", "http://ä.example/", "ftp://a.example/", "http://a.example?q",
    ])
    func anythingElseTakesTheFullCheck(url: String) {
        #expect(!PlainHTTPURL.matches(url))
    }
}
