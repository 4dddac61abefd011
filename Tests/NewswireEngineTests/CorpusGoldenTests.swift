import Foundation
import Testing

/// Every corpus fixture, run through charset decoding, parsing and normalizing, gives exactly the
/// articles its reviewed golden file lists. `NEWSWIRE_UPDATE_GOLDEN=1` rewrites the golden files
/// in the source tree instead (review the diff before committing it).
@Suite struct CorpusGoldenTests {
    @Test func corpusIsLargeAndCoversEveryFormat() throws {
        #expect(CorpusPipeline.fixtureNames.count >= 150)
        var formats: Set<String> = []
        for name in CorpusPipeline.fixtureNames {
            if let format = try? CorpusPipeline.run(name).result.get().format { formats.insert(format.rawValue) }
        }
        #expect(formats == ["rss", "rdf", "atom", "jsonfeed"])
    }

    @Test(arguments: CorpusPipeline.fixtureNames)
    func fixtureMatchesGolden(_ name: String) throws {
        let golden = CorpusGolden(try CorpusPipeline.run(name))
        let actual = try golden.encoded()
        if ProcessInfo.processInfo.environment["NEWSWIRE_UPDATE_GOLDEN"] == "1" {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/corpus/\(name).golden.json")
            try actual.write(to: url)
            return
        }
        let url = CorpusPipeline.folder.appendingPathComponent("\(name).golden.json")
        let expected = try #require(try? Data(contentsOf: url), "no golden file for \(name)")
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test(arguments: CorpusPipeline.fixtureNames)
    func noArticleHoldsReplacementCharactersOrMojibake(_ name: String) throws {
        let outcome = try CorpusPipeline.run(name)
        guard outcome.decoded.replacements == 0 else { return }
        for article in outcome.articles {
            let text = [article.title.value, article.summary?.value ?? "", article.content?.value ?? ""].joined()
            #expect(!text.contains("\u{FFFD}"), "\(name): U+FFFD in \(article.identity)")
            for mojibake in ["锟斤拷", "Ã©", "Ã¨", "â€™", "â€œ"] {
                #expect(!text.contains(mojibake), "\(name): mojibake \(mojibake) in \(article.identity)")
            }
        }
    }
}
