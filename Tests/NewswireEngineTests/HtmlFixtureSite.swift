import Foundation
import NewswireEngine
import NewswireModel
import NewswireTestSupport
import Testing

/// The fixture sites under `Fixtures/html` served from a real HTTP server on 127.0.0.1, with ETags
/// (a matching `If-None-Match` gets 304). A test can swap the file behind a path.
final class HtmlFixtureSite: @unchecked Sendable {
    let server: TestHTTPServer
    let fixtures: Fixtures
    private let lock = NSLock()
    private var files: [String: (file: String, contentType: String)] = [:]

    init() throws {
        server = try TestHTTPServer()
        fixtures = try Fixtures(bundle: .module)
        serve("/economy/", "html/portal/economy.html", contentType: "text/html")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.url("html/portal/articles").path) {
            serve("/economy/\(name)", "html/portal/articles/\(name)", contentType: "text/html")
        }
        serve("/city/", "html/world/index.html")
        for story in 1...3 { serve("/city/stories/\(story).html", "html/world/stories/\(story).html") }
        serve("/links/list.html", "html/links/list.html")
    }

    /// Serves fixture `file` at `path` from now on.
    func serve(_ path: String, _ file: String, contentType: String = "text/html; charset=utf-8") {
        lock.withLock { files[path] = (file, contentType) }
        server.route(path) { [weak self] request in
            guard let self, let entry = self.lock.withLock({ self.files[path] }),
                  let body = try? self.fixtures.data(entry.file) else { return TestHTTPResponse(status: 404) }
            let etag = "\"\(body.count)-\(body.hashValue)\""
            if request.header("If-None-Match") == etag { return TestHTTPResponse(status: 304, headers: [("ETag", etag)]) }
            return TestHTTPResponse(status: 200, headers: [("Content-Type", entry.contentType), ("ETag", etag)], body: body)
        }
    }

    /// Answers `path` with HTTP 500 from now on.
    func fail(_ path: String) {
        server.route(path) { _ in .text("server trouble", status: 500) }
    }

    func url(_ path: String) -> String { server.url(path) }

    /// Requests for article pages of the portal so far.
    var portalArticleRequests: [TestHTTPRequest] {
        server.requests.filter { $0.path.hasPrefix("/economy/2024") }
    }

    var portal: SourceSpec {
        SourceSpec(id: "portal-economy", url: url("/economy/"), type: .html, categories: ["china"],
                   timezone: "Asia/Shanghai", title: "观察者网 · 财经", html: HTMLSelectors(
                    item: "ul.column-list > li", title: "h4 a", link: "h4 a @href", date: "span.time",
                    summary: "div.module-news-intro", category: "span.category", follow: true,
                    article: ArticleSelectors(content: "div.content", author: "div.author-intro",
                                              date: "div.time span:first-child",
                                              remove: [".share-box", ".related", "p.editor"])))
    }

    var world: SourceSpec {
        SourceSpec(id: "city-desk", url: url("/city/"), type: .html, timezone: "Europe/Berlin", html: HTMLSelectors(
            item: "article.story", title: "h2 a", link: "h2 a @href", summary: "p.dek", follow: true))
    }

    var links: SourceSpec {
        SourceSpec(id: "links", url: url("/links/list.html"), type: .html, timezone: "Asia/Shanghai",
                   html: HTMLSelectors(item: "#list > div.row", title: "a.t", link: "a.t @href", date: "i",
                                       category: "b"))
    }
}

/// Golden article files under `Fixtures/html/golden`; `NEWSWIRE_UPDATE_GOLDEN=1` rewrites them.
enum GoldenArticles {
    /// Stands in for the test server's origin, whose port changes from run to run.
    static let origin = "http://fixture.test"

    static func encode(_ articles: [PreviewArticle], serverOrigin: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let sorted = articles.sorted { ($0.link ?? "", $0.title) < ($1.link ?? "", $1.title) }
        let json = String(decoding: try encoder.encode(sorted), as: UTF8.self) + "\n"
        return json.replacingOccurrences(of: serverOrigin, with: origin)
    }

    static func check(_ name: String, _ articles: [PreviewArticle], site: HtmlFixtureSite,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = try encode(articles, serverOrigin: site.server.baseURL)
        if ProcessInfo.processInfo.environment["NEWSWIRE_UPDATE_GOLDEN"] == "1" {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/html/golden")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: folder.appendingPathComponent(name))
            return
        }
        let expected = try site.fixtures.string("html/golden/\(name)")
        #expect(actual == expected, "golden \(name) differs", sourceLocation: sourceLocation)
    }
}
