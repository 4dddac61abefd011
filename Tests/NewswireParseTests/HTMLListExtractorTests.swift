import Foundation
import NewswireModel
import NewswireParse
import Testing

@Suite struct HTMLListExtractorTests {
    let context = ParseContext(documentURL: "https://portal.example.cn/economy/index.html",
                               timeZone: TimeZone(identifier: "Asia/Shanghai")!, declaredType: .html)

    func extract(_ body: String, _ selectors: HTMLSelectors) throws -> HTMLListPage {
        try HTMLListExtractor(selectors: selectors).extract(Data(body.utf8), context: context)
    }

    @Test func readsFieldsWithinEachItemInPageOrder() throws {
        let page = try extract("""
            <ul class="list">
              <li><h4><a href="/a/1.html">  First
                 &amp;amp; story </a></h4><span class="t">2024-12-26 13:09</span>
                <span class="c">财经</span><span class="c"> 国际 </span><em>作者：吕栋 lvdong@guancha.cn</em></li>
              <li><h4><a href="2.html">Second</a></h4><span class="t">发布时间：2024年12月25日 08:00</span></li>
            </ul>
            """, HTMLSelectors(item: "ul.list > li", title: "h4 a", link: "h4 a @href", date: "span.t",
                               category: "span.c", author: "em"))
        #expect(page.itemCount == 2)
        #expect(page.feed.format == .html)
        let first = page.feed.items[0]
        #expect(first.title == .text("First &amp; story"), "entities are decoded once")
        #expect(first.link == "https://portal.example.cn/a/1.html")
        #expect(first.published == ISO8601DateFormatter().date(from: "2024-12-26T05:09:00Z"))
        #expect(first.categories == ["财经", "国际"])
        #expect(first.authors == [Person(name: "吕栋", email: "lvdong@guancha.cn")])
        #expect(page.feed.items[1].link == "https://portal.example.cn/economy/2.html")
        #expect(page.feed.items[1].published == ISO8601DateFormatter().date(from: "2024-12-25T00:00:00Z"))
        #expect(page.misses == ["title": 0, "link": 0, "date": 0, "category": 1, "author": 1])
        #expect(page.emptySelectors.isEmpty)
    }

    @Test func withoutTitleAndLinkSelectorsTakesTheFirstLink() throws {
        let page = try extract("<div class=\"n\"><a href=\"//cdn.example.com/x\">Only link</a></div>",
                               HTMLSelectors(item: "div.n"))
        #expect(page.feed.items.first?.title == .text("Only link"))
        #expect(page.feed.items.first?.link == "https://cdn.example.com/x")
    }

    @Test(arguments: [
        ("<ul><li><a href=\"/1\">x</a></li></ul>", "ol > li", "item selector \"ol > li\" matched nothing: the page layout may have changed"),
        ("<ul><li><a href=\"/1\">a</a></li><li><a>b</a></li><li><a href=\"javascript:void(0)\">c</a></li></ul>",
         "li", "2 of 3 items have no link (selector \"a @href\")"),
        ("<ul><li><a href=\"/1\"></a></li><li><a href=\"/2\"></a></li></ul>", "li",
         "2 of 2 items have no title (selector \"a\")"),
    ])
    func brokenPagesAreFailuresWithTheReason(body: String, item: String, reason: String) throws {
        let selectors = HTMLSelectors(item: item, title: "a", link: "a @href")
        #expect(throws: ParseError(reason)) { try extract(body, selectors) }
    }

    @Test func itemsWithoutALinkAreSkippedWithAWarning() throws {
        let page = try extract("<p><a href=\"/1\">a</a></p><p><a href=\"/2\">b</a></p><p><a>c</a></p>",
                               HTMLSelectors(item: "p", title: "a", link: "a @href"))
        #expect(page.itemCount == 3)
        #expect(page.feed.items.map(\.link) == ["https://portal.example.cn/1", "https://portal.example.cn/2"])
        #expect(page.feed.warnings == ["1 of 3 items have no link and were skipped"])
    }

    @Test func selectorThatParsesNotIsNamed() {
        #expect(throws: HTMLSelectorError.self) { try HTMLListExtractor(selectors: HTMLSelectors(item: "li", date: "span >")) }
    }
}

@Suite struct HTMLDateReadingTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    @Test(arguments: [
        ("2024-12-26 13:09", "2024-12-26T05:09:00Z"),
        ("2024-12-26T13:09:00+08:00", "2024-12-26T05:09:00Z"),
        ("发布时间：2024年12月26日 13:09", "2024-12-26T05:09:00Z"),
        ("2024年12月26日", "2024-12-25T16:00:00Z"),
        ("来源：观察者网 2024/12/26 13:09:30", "2024-12-26T05:09:30Z"),
        ("2024.1.5 7:03", "2024-01-04T23:03:00Z"),
        ("Thu, 26 Dec 2024 05:09:00 GMT", "2024-12-26T05:09:00Z"),
    ])
    func readsDatesInTheSourceZone(text: String, expected: String) {
        let date = HTMLDateReading.parse(text, timeZone: Self.shanghai, now: Date())
        #expect(date == ISO8601DateFormatter().date(from: expected))
    }

    @Test func dateFormatWins() {
        let date = HTMLDateReading.parse("26/12/2024 13h09", timeZone: Self.shanghai, now: Date(), format: "dd/MM/yyyy HH'h'mm")
        #expect(date == ISO8601DateFormatter().date(from: "2024-12-26T05:09:00Z"))
    }

    @Test(arguments: ["", "日期待定", "no date here"])
    func unreadableTextIsNil(text: String) {
        #expect(HTMLDateReading.parse(text, timeZone: Self.shanghai, now: Date()) == nil)
    }
}
