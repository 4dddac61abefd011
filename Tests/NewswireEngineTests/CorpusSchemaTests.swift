import Foundation
import NewswireTestSupport
import Testing

/// Every feed newswire renders from the corpus is valid Atom (RFC 4287's RELAX NG schema).
@Suite struct CorpusSchemaTests {
    @Test(.enabled(if: SchemaValidator.available != nil, Comment(rawValue: SchemaValidator.skipReason)))
    func everyRenderedCorpusFeedValidates() throws {
        let validator = try #require(SchemaValidator.available)
        let folder = try TemporaryDirectory(prefix: "newswire-corpus-atom")
        var files: [URL] = []
        for name in CorpusPipeline.fixtureNames {
            let articles = try CorpusPipeline.run(name).articles
            guard !articles.isEmpty else { continue }
            let atom = CorpusRoundTrip.render(CorpusRoundTrip.stored(articles, fixture: name))
            let file = URL(fileURLWithPath: folder.path).appendingPathComponent(name + ".atom")
            try atom.write(to: file)
            files.append(file)
        }
        #expect(files.count >= 140)
        let problems = try validator.atomProblems(files)
        #expect(problems.isEmpty, "\(problems)")
    }
}
