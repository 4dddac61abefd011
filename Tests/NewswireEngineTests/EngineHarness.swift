import Foundation
import Logging
import NewswireEngine
import NewswireFetch
import NewswireModel
import NewswireStore
import NewswireTestSupport

/// Feeds served by a real HTTP server on 127.0.0.1, whose bodies a test can change between runs.
/// Each body gets an ETag; a matching `If-None-Match` is answered with 304.
final class FeedHost: @unchecked Sendable {
    let server: TestHTTPServer
    private let lock = NSLock()
    private var bodies: [String: String] = [:]
    private var statuses: [String: Int] = [:]

    init() throws {
        server = try TestHTTPServer()
    }

    /// Serves `body` at `/<name>` from now on.
    func serve(_ name: String, _ body: String, status: Int = 200) {
        lock.withLock {
            bodies[name] = body
            statuses[name] = status
        }
        server.route("/\(name)") { [weak self] request in
            guard let self else { return TestHTTPResponse(status: 500) }
            let (body, status) = self.lock.withLock { (self.bodies[name] ?? "", self.statuses[name] ?? 200) }
            guard status == 200 else { return .text("failure", status: status) }
            let etag = "\"\(body.hashValue)\""
            if request.header("If-None-Match") == etag { return TestHTTPResponse(status: 304, headers: [("ETag", etag)]) }
            return .text(body, contentType: "application/xml", headers: [("ETag", etag)])
        }
    }

    func url(_ name: String) -> String { server.url("/\(name)") }
}

/// A temp folder with an output and state folder, and a way to run `regenerate` in-process.
struct EngineHarness {
    let folder: TemporaryDirectory
    let host: FeedHost

    init() throws {
        folder = try TemporaryDirectory(prefix: "newswire-engine")
        host = try FeedHost()
    }

    var outputDir: String { folder.path + "/public" }

    func configuration(sources: [SourceSpec], feeds: [FeedSpec] = [FeedSpec(id: "all", title: "All", sources: ["*"])])
        -> Configuration {
        Configuration(
            path: folder.path + "/newswire.toml",
            site: SiteSettings(title: "Test site", baseURL: "https://feeds.example.org/", outputDir: outputDir,
                               stateDir: folder.path + "/state"),
            fetch: FetchSettings(timeout: 10, connectTimeout: 5),
            sources: sources, feeds: feeds)
    }

    func source(_ id: String, _ name: String) -> SourceSpec { SourceSpec(id: id, url: host.url(name)) }

    /// One `regenerate` run with a fresh store handle and fetcher, as the CLI does.
    func regenerate(_ configuration: Configuration, _ options: Regenerator.Options = .init(),
                    now: Date = Date()) async throws -> Regenerator.Report {
        let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        let fetcher = CurlFetcher(settings: configuration.fetch, userAgent: "newswire-tests")
        defer { fetcher.shutdown() }
        let regenerator = Regenerator(configuration: configuration, store: store, fetcher: fetcher,
                                      logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
                                      now: { now })
        return try await regenerator.run(options)
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOfFile: outputDir + "/" + relativePath, encoding: .utf8)
    }

    /// Sets every output file's modification time to 2001, so a rewrite is visible without sleeping.
    func ageOutputs() throws {
        let old = Date(timeIntervalSinceReferenceDate: 0)
        for path in try outputFiles() {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: outputDir + "/" + path)
        }
    }

    /// Output files (relative paths) whose modification time is no longer 2001.
    func touchedOutputs() throws -> [String] {
        try outputFiles().filter { path in
            let attributes = try FileManager.default.attributesOfItem(atPath: outputDir + "/" + path)
            return (attributes[.modificationDate] as? Date) != Date(timeIntervalSinceReferenceDate: 0)
        }.sorted()
    }

    func outputFiles() throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: outputDir)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: outputDir + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}

/// Small RSS 2.0 documents for the tests.
enum SampleFeed {
    struct Entry {
        var guid: String
        var title: String
        var link: String
        var date = "Thu, 26 Dec 2024 09:30:00 GMT"
        var body = "Body text."
    }

    static func rss(_ title: String, _ entries: [Entry]) -> String {
        let items = entries.map { entry in
            "<item><guid isPermaLink=\"false\">\(entry.guid)</guid><title>\(entry.title)</title>"
                + "<link>\(entry.link)</link><pubDate>\(entry.date)</pubDate>"
                + "<description>\(entry.body)</description></item>"
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>\(title)</title><link>https://\(title).example/</link>
            \(items)
            </channel></rss>
            """
    }
}
