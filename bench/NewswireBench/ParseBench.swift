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

    @Option(help: "Only this stage (parse or parse+normalize), e.g. to count its instructions.")
    var only: String?

    @Option(help: "Instead of timing, write every parsed feed and its articles to this file (to compare outputs).")
    var dump: String?

    func run() throws {
        AllocatorTuning.retainFreedMemory()  // the allocator setting `newswire` makes at start
        let documents = try loadCorpus(corpus)
        if let dump { return try write(documents, to: dump) }
        let bytes = Double(documents.reduce(0) { $0 + $1.data.count })
        let normalizer = ArticleNormalizer()
        let source = SourceSpec(id: "bench", url: "https://bench.example/feed")
        for stage in ["parse", "parse+normalize"] where only == nil || only == stage {
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

extension ParseBench {
    /// Writes each document's parse result and articles, one line each, with a fixed "now".
    private func write(_ documents: [(path: String, data: Data)], to path: String) throws {
        let normalizer = ArticleNormalizer()
        let source = SourceSpec(id: "bench", url: "https://bench.example/feed")
        var out = ""
        for document in documents {
            let url = "https://bench.example/" + document.path
            let decoded = CharsetDecoder.decode(document.data, contentType: nil, override: nil)
            let context = ParseContext(documentURL: url, now: Date(timeIntervalSince1970: 1_800_000_000))
            out += "# \(document.path)\n"
            do {
                let feed = try FeedParser.parse(decoded.utf8, context: context)
                out += "\(feed)\n"
                for article in normalizer.normalize(feed, source: source, documentURL: url) { out += "\(article)\n" }
            } catch {
                out += "error \(error)\n"
            }
        }
        try out.write(toFile: path, atomically: false, encoding: .utf8)
    }
}
