import Foundation
import Testing

/// Checks an output folder: every XML file well-formed (`xmllint --noout`), every feed valid
/// Atom (`jing -c shared/schemas/atom.rnc`), no temp file left; each tool only when installed.
enum OutputValidator {
    static func validate(_ output: URL, filePath: String = #filePath,
                         sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let root = output.standardizedFileURL.path + "/"
        let files = (FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String } ?? [])
            .map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
        #expect(!files.contains { $0.contains(".tmp") }, "temp files left: \(files)", sourceLocation: sourceLocation)
        let xml = files.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".opml") }.sorted()
        #expect(xml.contains("feeds/all.xml"), "outputs: \(files)", sourceLocation: sourceLocation)
        if let xmllint = ProcessRunner.findOnPath("xmllint"), !xml.isEmpty {
            let result = try await ProcessRunner.run(xmllint, ["--noout", "--nonet", "--huge"] + xml, in: output)
            #expect(result.status == 0, "xmllint: \(result)", sourceLocation: sourceLocation)
        }
        let feeds = xml.filter { $0.hasPrefix("feeds/") }
        if let jing = ProcessRunner.findOnPath("jing"),
           let schema = PackageRoot.nearest("shared/schemas/atom.rnc", from: filePath), !feeds.isEmpty {
            let result = try await ProcessRunner.run(jing, ["-c", schema.path] + feeds, in: output)
            // jing prints JVM warnings on stdout/stderr; only its error lines (file:line:col: error) count.
            let errors = (result.stdout + result.stderr).split(separator: "\n").filter { $0.contains(": error:") }
            #expect(result.status == 0 && errors.isEmpty, "jing: \(result)", sourceLocation: sourceLocation)
        }
    }
}
