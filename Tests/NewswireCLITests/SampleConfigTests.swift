import Foundation
import NewswireTestSupport
import Testing

/// The bundled offline sample (`config/newswire.toml` + `config/samples/`), run from a copy.
@Suite struct SampleConfigTests {
    static let sharedStory = "Newswire ships its first release"
    static let gbkTitle = "中国经济年终观察：稳中求进"

    @Test func bundledSampleRegeneratesValidDeduplicatedFeeds() async throws {
        let binary = try NewswireBinary.locate()
        let repo = try #require(PackageRoot.find(from: #filePath), "package root not found above \(#filePath)")
        let folder = try TemporaryDirectory(prefix: "newswire-cli-sample")
        try FileManager.default.copyItem(at: repo.appendingPathComponent("config/newswire.toml"),
                                         to: folder.file("newswire.toml"))
        try FileManager.default.copyItem(at: repo.appendingPathComponent("config/samples"),
                                         to: folder.file("samples"))

        let result = try await binary.run(["regenerate", "--config", "newswire.toml"], in: folder.url)

        #expect(result.status == 0, "\(result)")
        let feeds = folder.file("public/feeds")
        func titles(_ id: String) throws -> [String] {
            AtomText.entryTitles(String(decoding: try Data(contentsOf: feeds.appendingPathComponent("\(id).xml")),
                                        as: UTF8.self))
        }
        let combined = try titles("all")
        #expect(!combined.isEmpty, "\(result)")
        #expect(Set(combined).count == combined.count, "an article appears twice in all.xml: \(combined)")
        #expect(combined.filter { $0 == Self.sharedStory }.count == 1, "\(combined)")
        #expect(combined.contains(Self.gbkTitle), "\(combined)")
        // Every source's articles are in the combined feed, the shared one once.
        let perSource = try ["tech-blog", "world-news", "portal-economy"].map(titles)
        #expect(Set(perSource.joined()) == Set(combined))
        #expect(combined.count == perSource.map(\.count).reduce(0, +) - 1)
        #expect(try titles("tech-blog").contains(Self.sharedStory))
        #expect(try titles("world-news").contains(Self.sharedStory))
        #expect(try titles("portal-economy").contains(Self.gbkTitle))

        try await validateWithSchemas(output: folder.file("public"))
    }

    /// Validates every feed with `jing -c atom.rnc` and the sitemap with `xmllint --schema sitemap.xsd`,
    /// when the tools and `shared/schemas/` exist; otherwise prints why the check is skipped.
    private func validateWithSchemas(output: URL) async throws {
        let schemas = PackageRoot.nearest("shared/schemas", from: #filePath)
        let atomSchema = schemas?.appendingPathComponent("atom.rnc")
        let sitemapSchema = schemas?.appendingPathComponent("sitemap.xsd")
        let feeds = try FileManager.default.contentsOfDirectory(at: output.appendingPathComponent("feeds"),
                                                                includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xml" }
        #expect(feeds.count == 5, "\(feeds)")

        if let jing = ProcessRunner.findOnPath("jing"), let atomSchema,
           FileManager.default.fileExists(atPath: atomSchema.path) {
            let result = try await ProcessRunner.run(jing, ["-c", atomSchema.path] + feeds.map(\.path), in: output)
            #expect(result.status == 0, "jing rejected a feed:\n\(result)")
        } else {
            print("note: jing or shared/schemas/atom.rnc missing; Atom schema validation skipped")
        }
        if let xmllint = ProcessRunner.findOnPath("xmllint"), let sitemapSchema,
           FileManager.default.fileExists(atPath: sitemapSchema.path) {
            let result = try await ProcessRunner.run(xmllint, ["--noout", "--nonet", "--schema", sitemapSchema.path, "sitemap.xml"],
                                     in: output)
            #expect(result.status == 0, "xmllint rejected sitemap.xml:\n\(result)")
        } else {
            print("note: xmllint or shared/schemas/sitemap.xsd missing; sitemap schema validation skipped")
        }
    }
}
