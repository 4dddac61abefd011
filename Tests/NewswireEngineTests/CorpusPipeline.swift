import Foundation
import NewswireFetch
import NewswireModel
import NewswireNormalize
import NewswireParse

/// The fixture corpus under `Fixtures/corpus/` and the stages it runs through:
/// charset decoding → `FeedParser` → `ArticleNormalizer`, as the engine runs them.
enum CorpusPipeline {
    /// "Now" for every corpus run, so relative dates give stable results.
    static let now = Date(timeIntervalSince1970: 1_735_257_600)  // 2024-12-27T00:00:00Z

    static var folder: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("corpus")
    }

    /// Every fixture's file name (golden files excluded), sorted.
    static let fixtureNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".golden.json") }.sorted()
    }()

    /// The address the fixture is pretended to come from: the base for relative links.
    static func documentURL(_ name: String) -> String { "https://feeds.example.com/corpus/\(name)" }

    /// What the pipeline makes of one fixture.
    struct Outcome {
        var decoded: DecodedDocument
        var result: Result<ParsedFeed, ParseError>
        var articles: [Article]
    }

    static func run(_ name: String) throws -> Outcome {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        let decoded = CharsetDecoder.decode(data, contentType: nil, override: nil)
        let context = ParseContext(documentURL: documentURL(name), now: now)
        let result = Result { () throws(ParseError) -> ParsedFeed in try FeedParser.parse(decoded.utf8, context: context) }
        let source = SourceSpec(id: "corpus", url: documentURL(name))
        let articles = (try? result.get()).map {
            ArticleNormalizer().normalize($0, source: source, documentURL: documentURL(name))
        } ?? []
        return Outcome(decoded: decoded, result: result, articles: articles)
    }
}
