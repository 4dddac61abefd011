import Foundation
import NewswireTestSupport

/// A `CLISite` serving the GB portal fixtures (`Fixtures/html`) and a config with its html source.
struct PreviewSite {
    let site: CLISite

    init() throws {
        site = try CLISite()
        try serve("/economy/", "html/portal/economy.html")
        let articles = site.fixtures.url("html/portal/articles").path
        for name in try FileManager.default.contentsOfDirectory(atPath: articles) {
            try serve("/economy/\(name)", "html/portal/articles/\(name)")
        }
        try serve("/changed/", "html/changed/economy.html")
    }

    private func serve(_ path: String, _ name: String) throws {
        let body = try site.fixtures.data(name)
        site.server.route(path) { _ in
            TestHTTPResponse(status: 200, headers: [("Content-Type", "text/html")], body: body)
        }
    }

    /// Writes `newswire.toml` with the portal source (and one at `/changed/` with the same selectors).
    func writeConfig(author: String? = nil) throws {
        var toml = """
            [site]
            title    = "Preview test"
            base_url = "https://feeds.example.org/"

            """
        for (id, path) in [("portal-economy", "/economy/"), ("portal-changed", "/changed/")] {
            toml += """

                [[source]]
                id         = "\(id)"
                url        = "\(site.server.url(path))"
                type       = "html"
                timezone   = "Asia/Shanghai"
                categories = ["china"]

                [source.html]
                item     = "ul.column-list > li"
                title    = "h4 a"
                link     = "h4 a @href"
                date     = "span.time"
                summary  = "div.module-news-intro"
                category = "span.category"
                follow   = true
                \(author.map { "author   = \"\($0)\"" } ?? "")

                [source.html.article]
                content = "div.content"
                author  = "div.author-intro"
                date    = "div.time span:first-child"
                remove  = [".share-box", ".related", "p.editor"]

                """
        }
        try Data(toml.utf8).write(to: site.configURL)
    }

    /// `articles` of a `preview --json` output, or the golden file, with the server origin replaced.
    func articles(ofJSON json: String) throws -> [NSDictionary] {
        let text = json.replacingOccurrences(of: site.server.baseURL, with: "http://fixture.test")
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let list = (object as? [String: Any])?["articles"] ?? object
        return ((list as? [NSDictionary]) ?? []).sorted {
            ($0["link"] as? String ?? "") < ($1["link"] as? String ?? "")
        }
    }
}
