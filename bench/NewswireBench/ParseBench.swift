import ArgumentParser
import Foundation
import NewswireFetch
import NewswireModel
import NewswireNormalize
import NewswireParse

/// Parse (+ normalize) throughput on one core over the in-memory corpus.
struct ParseBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse")

    @Argument(help: "Corpus folder written by bench/corpus.py.")
    var corpus: String

    @Option(help: "Measured runs; the median is printed.")
    var runs = 5

    func run() throws {
        let documents = try loadCorpus(corpus)
        let bytes = Double(documents.reduce(0) { $0 + $1.data.count })
        let normalizer = ArticleNormalizer()
        let source = SourceSpec(id: "bench", url: "https://bench.example/feed")
        for stage in ["parse", "parse+normalize"] {
            var times: [Double] = []
            var items = 0, failures = 0
            for _ in 0..<runs {
                items = 0
                failures = 0
                times.append(seconds {
                    for document in documents {
                        let url = "https://bench.example/" + document.path
                        let decoded = CharsetDecoder.decode(document.data, contentType: nil, override: nil)
                        guard let feed = try? FeedParser.parse(decoded.utf8, context: ParseContext(documentURL: url))
                        else {
                            failures += 1
                            continue
                        }
                        items += stage == "parse" ? feed.items.count
                            : normalizer.normalize(feed, source: source, documentURL: url).count
                    }
                })
            }
            let time = median(times)
            print(String(format: "%@ %.1f %.0f %d %d", stage, bytes / time / 1e6, Double(items) / time, items, failures))
        }
    }
}
