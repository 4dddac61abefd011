import Foundation
import Testing

/// Outputs that cannot be written: 78 when the config already shows it, 74 when writing fails.
@Suite struct OutputErrorTests {
    private func siteWithBlocker() throws -> CLISite {
        let site = try CLISite()
        try site.serveFixture("alpha.rss", at: "/alpha.rss")
        try Data("precious\n".utf8).write(to: site.folder.file("blocker"))
        return site
    }

    /// `output_dir` under an existing file is caught by config validation (root ignores permissions,
    /// so a file in the path is the only reliable way to make the folder unwritable).
    @Test func outputDirUnderAFileIsAConfigError() async throws {
        let site = try siteWithBlocker()
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss"))])
        let config = try String(contentsOf: site.configURL, encoding: .utf8)
            .replacingOccurrences(of: "output_dir = \"public\"", with: "output_dir = \"blocker/public\"")
        try Data(config.utf8).write(to: site.configURL)

        let result = try await site.regenerate()

        #expect(result.status == 78, "\(result)")
        #expect(result.stderr.contains("newswire.toml:4:1: error: output_dir"), "\(result)")
        #expect(result.stderr.contains("is a file, not a folder"), "\(result)")
        #expect(site.server.requests.isEmpty)
        #expect(try Data(contentsOf: site.folder.file("blocker")) == Data("precious\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: site.folder.file("state").path))
    }

    /// The output folder exists but a file sits where `feeds/` must go: writing fails with 74.
    @Test func unwritableFeedsFolderExits74() async throws {
        let site = try siteWithBlocker()
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss"))])
        try FileManager.default.createDirectory(at: site.outputFolder, withIntermediateDirectories: true)
        try Data("precious\n".utf8).write(to: site.output("feeds"))

        let result = try await site.regenerate()

        #expect(result.status == 74, "\(result)")
        #expect(result.stderr.contains(site.output("feeds").path), "\(result)")
        #expect(try Data(contentsOf: site.output("feeds")) == Data("precious\n".utf8))
        #expect(try Data(contentsOf: site.folder.file("blocker")) == Data("precious\n".utf8))
        // The fetched articles are stored: once the blocker is gone, an offline run renders them.
        try FileManager.default.removeItem(at: site.output("feeds"))
        let offline = try await site.regenerate(["--offline"])
        #expect(offline.status == 0, "\(offline)")
        #expect(AtomText.entryTitles(try site.outputText("feeds/alpha.xml")).count == 2)
    }
}
