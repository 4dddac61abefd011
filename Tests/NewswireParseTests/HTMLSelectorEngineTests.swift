import Foundation
import NewswireParse
import Testing

@Suite struct HTMLSelectorEngineTests {
    static let page = """
        <!DOCTYPE html><html><head><title>Page</title><base href="/news/"></head><body>
        <div id="main" class="wrap big">
          <h1 lang="zh-CN" data-id="7">Head</h1>
          <ul class="list">
            <li class="item first"><a href="a.html" title="x-one">One</a><span class="time">2024-12-26 13:09</span></li>
            <li class="item"><a href="//cdn.example.com/b.html">Two</a></li>
            <li class="item ad"><a href="https://other.example/c.pdf">Three</a></li>
            <li class="item"><a href="/d">Four &amp; more</a></li>
          </ul>
          <p>Para one</p><p class="note">Para two</p><span>After</span>
        </div>
        </body></html>
        """

    static let cases: [(selector: String, expected: [String])] = [
        ("li", ["One2024-12-26 13:09", "Two", "Three", "Four & more"]),
        ("*#main > h1", ["Head"]),
        (".item.first a", ["One"]),
        ("#main", ["Head One2024-12-26 13:09 Two Three Four & more Para one Para two After"]),
        ("li a @href", ["a.html", "//cdn.example.com/b.html", "https://other.example/c.pdf", "/d"]),
        ("[data-id]", ["Head"]),
        ("h1[lang|=zh]", ["Head"]),
        ("[class~=big] > h1", ["Head"]),
        ("a[href^=https]", ["Three"]),
        ("a[href$='.pdf']", ["Three"]),
        ("a[href*=cdn]", ["Two"]),
        ("a[title=x-one]", ["One"]),
        ("li:first-child a", ["One"]),
        ("li:last-child a", ["Four & more"]),
        ("li:nth-child(2n) a", ["Two", "Four & more"]),
        ("li:nth-child(odd) a", ["One", "Three"]),
        ("li:nth-child(-n+2) a", ["One", "Two"]),
        ("li:not(.ad, .first) a", ["Two", "Four & more"]),
        ("h1 + ul > li.first > a", ["One"]),
        ("p + p", ["Para two"]),
        ("h1 ~ p", ["Para one", "Para two"]),
        ("p ~ span", ["After"]),
        ("h1, p.note", ["Head", "Para two"]),
        ("p.note, h1", ["Head", "Para two"]),
        ("div li span.time", ["2024-12-26 13:09"]),
        ("ul > a", []),
        ("table", []),
        ("xpath://li[3]/a", ["Three"]),
        ("xpath://li/a/@href", ["a.html", "//cdn.example.com/b.html", "https://other.example/c.pdf", "/d"]),
        ("xpath:string(//h1/@data-id)", ["7"]),
        ("xpath:count(//li)", ["4"]),
    ]

    @Test(arguments: cases)
    func selectsInDocumentOrder(selector: String, expected: [String]) throws {
        let document = try #require(HTMLDocument(utf8: Data(Self.page.utf8), url: "https://example.com/a/index.html"))
        let root = try #require(document.root)
        #expect(try HTMLQuery(selector).values(in: root, document: document) == expected)
    }

    @Test(arguments: [
        ("a.html", "https://example.com/news/a.html"),
        ("//cdn.example.com/b.html", "https://cdn.example.com/b.html"),
        ("/d", "https://example.com/d"),
        ("https://other.example/c.pdf", "https://other.example/c.pdf"),
    ])
    func resolvesAgainstBaseHref(reference: String, expected: String) throws {
        let document = try #require(HTMLDocument(utf8: Data(Self.page.utf8), url: "https://example.com/a/index.html"))
        #expect(document.resolve(reference) == expected)
    }

    @Test func keepsUTF8WhenThePageDeclaresAnotherCharset() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
            + "<meta charset=\"gbk\"></head><body><p>经济新闻</p></body></html>"
        let document = try #require(HTMLDocument(utf8: Data(html.utf8), url: "https://example.com/"))
        #expect(try HTMLQuery("p").values(in: #require(document.root), document: document) == ["经济新闻"])
    }

    @Test func removeDropsNestedMatchesOnce() throws {
        let html = "<div class=\"a\"><div class=\"related\"><p class=\"share\">x</p></div><p>keep</p></div>"
        let document = try #require(HTMLDocument(utf8: Data(html.utf8), url: "https://example.com/"))
        document.remove(matching: [try CSSSelectorParser.parse(".share"), try CSSSelectorParser.parse(".related")])
        #expect(try HTMLQuery("div.a").values(in: #require(document.root), document: document) == ["keep"])
    }
}
