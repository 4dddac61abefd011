import Foundation
import NewswireTestSupport

/// One test's world: a temp folder holding a config, a `TestHTTPServer` serving the sources,
/// and the `newswire` binary to run against them.
final class CLISite {
    /// The temp folder: config, `public/` (outputs) and `state/`.
    let folder: TemporaryDirectory
    /// Serves the sources.
    let server: TestHTTPServer
    /// The executable under test.
    let binary: NewswireBinary
    /// The test target's fixture files.
    let fixtures: Fixtures

    /// A source line of the config.
    struct Source {
        let id: String
        let url: String
    }

    /// Starts a server and creates an empty temp folder.
    init() throws {
        binary = try NewswireBinary.locate()
        folder = try TemporaryDirectory(prefix: "newswire-cli")
        server = try TestHTTPServer()
        fixtures = try Fixtures(bundle: .module)
    }

    deinit {
        server.stop()
    }

    /// `newswire.toml` in the folder.
    var configURL: URL { folder.file("newswire.toml") }

    /// The output folder (`output_dir = "public"`).
    var outputFolder: URL { folder.file("public") }

    /// Writes a config with `sources` and, by default, one combined feed `all` over every source.
    /// `poll` is the body of a `[poll]` table (e.g. `interval = "1s"`), for the daemon.
    func writeConfig(sources: [Source], feeds: [(id: String, sources: [String])] = [("all", ["*"])],
                     poll: String? = nil) throws {
        var toml = """
            [site]
            title      = "CLI test"
            base_url   = "https://feeds.example.org/"
            output_dir = "public"
            state_dir  = "state"

            [fetch]
            timeout         = "20s"
            connect_timeout = "5s"

            """
        if let poll { toml += "\n[poll]\n\(poll)\n" }
        for source in sources {
            toml += "\n[[source]]\nid  = \"\(source.id)\"\nurl = \"\(source.url)\"\n"
        }
        for feed in feeds {
            let list = feed.sources.map { "\"\($0)\"" }.joined(separator: ", ")
            toml += "\n[[feed]]\nid      = \"\(feed.id)\"\ntitle   = \"Feed \(feed.id)\"\nsources = [\(list)]\n"
        }
        try Data(toml.utf8).write(to: configURL)
    }

    /// Serves fixture `name` at `path` with an ETag; answers 304 to a matching `If-None-Match`.
    func serveFixture(_ name: String, at path: String, etag: String = "\"v1\"") throws {
        let body = try fixtures.data(name)
        let contentType = name.hasSuffix(".atom") ? "application/atom+xml" : "application/rss+xml"
        server.route(path) { request in
            if request.header("If-None-Match") == etag { return TestHTTPResponse(status: 304, headers: [("ETag", etag)]) }
            return TestHTTPResponse(status: 200, headers: [("Content-Type", contentType), ("ETag", etag)], body: body)
        }
    }

    /// Answers every request to `path` with `status` and a short text body.
    func serveError(_ status: Int, at path: String) {
        server.route(path) { _ in .text("server trouble", status: status) }
    }

    /// Runs `newswire regenerate --config newswire.toml EXTRA` in the folder.
    func regenerate(_ extra: [String] = []) async throws -> ProcessOutcome {
        try await binary.run(["regenerate", "--config", "newswire.toml"] + extra, in: folder.url)
    }

    /// Runs `newswire ARGUMENTS` in the folder.
    func newswire(_ arguments: [String], environment: [String: String] = [:]) async throws -> ProcessOutcome {
        try await binary.run(arguments, in: folder.url, environment: environment)
    }

    /// The URL of an output file, e.g. `feeds/all.xml`.
    func output(_ relativePath: String) -> URL { outputFolder.appendingPathComponent(relativePath) }

    /// The text of an output file.
    func outputText(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: output(relativePath)), as: UTF8.self)
    }

    /// The text of a file in the state folder, e.g. `metrics.prom`.
    func stateText(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.url.appendingPathComponent("state/" + relativePath)), as: UTF8.self)
    }

    /// Whether an output file exists.
    func hasOutput(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: output(relativePath).path)
    }

    /// Every regular file under the output folder, as paths relative to it, sorted.
    func outputFiles() -> [String] {
        let root = outputFolder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(atPath: outputFolder.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { (try? output($0).resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
            .sorted()
    }
}

/// The entries of an Atom document, found by plain text search (enough for generated feeds).
enum AtomText {
    /// The text of each `<entry>`'s `<title>`, in document order, markup entities left as written.
    static func entryTitles(_ xml: String) -> [String] {
        xml.components(separatedBy: "<entry").dropFirst().compactMap { entry in
            guard let open = entry.range(of: "<title"),
                  let start = entry[open.upperBound...].range(of: ">"),
                  let end = entry[start.upperBound...].range(of: "</title>") else { return nil }
            return String(entry[start.upperBound..<end.lowerBound])
        }
    }
}
