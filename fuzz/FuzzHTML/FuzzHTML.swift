import Foundation
import FuzzSupport
import NewswireModel
import NewswireParse

/// Fixed `[source.html]` configs shaped like config/html-sources.toml: CSS with combinators and
/// attributes, pseudo-classes, XPath, and the default (first link of each item).
let listConfigs: [HTMLListExtractor] = [
    HTMLSelectors(item: "ul.column-list > li", title: "h4 a", link: "h4 a @href", date: "span.time",
                  summary: "div.module-news-intro", category: "span.category", author: ".author"),
    HTMLSelectors(item: "xpath://table[@id='notices']//tr[td]", title: "td a", link: "td a @href",
                  date: "td:last-child"),
    HTMLSelectors(item: "article.story, div[class~=item]:not(.ad)", title: "h2 a, h3", link: "a[href^=http] @href",
                  date: "time @datetime", dateFormat: "yyyy/MM/dd HH:mm", summary: "p:nth-child(2n+1) ~ p",
                  category: "xpath:.//span[contains(@class,'tag')]/text()"),
    HTMLSelectors(item: "li"),
].map { try! HTMLListExtractor(selectors: $0) }

/// The article-page config of the guancha source, `remove` included (it frees libxml2 nodes).
let articleExtractor = try! HTMLArticleExtractor(
    selectors: ArticleSelectors(content: "div.content", author: "div.author-intro", date: "div.time span:first-child",
                                remove: [".share-box", ".related", "p.editor", "div.content > div"],
                                categories: "a[rel=tag]"))

let context = ParseContext(documentURL: "https://fuzz.example/news/index.html",
                           timeZone: TimeZone(identifier: "Asia/Shanghai")!,
                           now: Date(timeIntervalSince1970: 1.7e9), declaredType: .html)

/// libFuzzer entry: any page through the list extractor (every fixed config) and the article
/// extractor must not crash, and what they return stays within bounds: no more items than `item`
/// matches, every link absolute http(s), no text longer than the input could make.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    // A byte becomes at most one U+FFFD (3 UTF-8 bytes); implied markup adds a little. Serialized
    // content may also escape (`<` → `&lt;`), hence its wider bound.
    let textLimit = 3 * count + 64
    for extractor in listConfigs {
        guard let page = try? extractor.extract(data, context: context) else { continue }
        let items = page.feed.items
        check(items.count <= page.itemCount && page.itemCount <= count,
              "\(items.count) items of \(page.itemCount) matches")
        check(page.misses.values.allSatisfy { $0 >= 0 && $0 <= page.itemCount }, "misses \(page.misses)")
        for item in items {
            let link = item.link ?? ""
            check(link.hasPrefix("https://") || link.hasPrefix("http://") || link.hasPrefix("file:"), "link \(link)")
            let texts = [item.title?.value, item.summary?.value].compactMap { $0 } + item.categories
                + item.authors.flatMap { [$0.name, $0.email ?? ""] }
            check(texts.allSatisfy { $0.utf8.count <= textLimit }, "text longer than \(textLimit) bytes")
        }
    }
    let article = articleExtractor.extract(data, url: context.documentURL, timeZone: context.timeZone, now: context.now)
    let contentBytes = article.contentHTML?.utf8.count ?? 0
    check(contentBytes <= 10 * textLimit, "content of \(contentBytes) bytes")
    // Several `<meta name="author">` give several authors, but each costs bytes of the page.
    check(article.authors.count + article.categories.count <= count, "\(article.authors.count) authors")
    return 0
}

/// Stops the run (libFuzzer keeps the input) when an oracle does not hold.
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("HTML extractor out of bounds: \(message())") }
}

/// libFuzzer's driver in a fuzzing build, a replay of the named files otherwise.
@main enum ReplayHTML {
    static func main() { FuzzMain.run(fuzzHTML) }
}
