import ArgumentParser
import Foundation
import NewswireEngine
import NewswireFetch
import NewswireModel
import NewswireNormalize
import NewswireParse
import NewswireStore

/// Store write throughput on one thread: the corpus parsed and normalized first (not timed), then every
/// feed's articles written into a fresh SQLite store in transactions of `batch` sources, as `regenerate`
/// hands them in. Prints articles per second and the size of the database file.
struct StoreBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store")

    @Argument(help: "Corpus folder written by bench/corpus.py or bench/realistic_corpus.py.")
    var corpus: String

    @Option(help: "Folder for the throwaway stores (removed afterwards).")
    var work = NSTemporaryDirectory()

    @Option(help: "Sources per transaction (regenerate's default with 64 transfers in flight).")
    var batch = 32

    @Option(help: "Measured runs; the median is printed.")
    var runs = 3

    func run() async throws {
        AllocatorTuning.retainFreedMemory()
        let updates = try Self.updates(corpus)
        let articles = updates.reduce(0) { $0 + $1.articles.count }
        let ids = AtomIDs(baseURL: "https://bench.example/")
        var times: [Double] = []
        var size = 0, written = 0
        for run in 0..<runs {
            let folder = (work as NSString).appendingPathComponent("newswire-store-bench-\(getpid())-\(run)")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let store = try SQLiteArticleStore(stateDir: folder)
            let writes = updates.map { StoreWrite.apply($0) }
            let before = Self.bytesWritten()
            let started = ContinuousClock.now
            var start = 0
            while start < writes.count {
                let end = min(writes.count, start + batch)
                for case .failure(let error) in await store.write(Array(writes[start..<end]), mintAtomID: ids.mintArticleID) {
                    FileHandle.standardError.write(Data("store bench: \(error)\n".utf8))
                }
                start = end
            }
            let elapsed = ContinuousClock.now - started
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            written = Self.bytesWritten() - before
            size = (try? FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int) ?? 0
        }
        let time = median(times)
        print(String(format: "store %.0f %d %.3f %.1f %.1f", Double(articles) / time, articles, time, Double(size) / 1e6,
                     Double(written) / 1e6))
    }

    /// Bytes this process has handed to write system calls so far (`wchar` of /proc/self/io).
    static func bytesWritten() -> Int {
        let io = (try? String(contentsOfFile: "/proc/self/io", encoding: .utf8)) ?? ""
        return io.split(separator: "\n").first { $0.hasPrefix("wchar:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
    }

    /// One update per parsable corpus feed, fetched "now".
    static func updates(_ corpus: String) throws -> [SourceUpdate] {
        let normalizer = ArticleNormalizer()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        return try loadCorpus(corpus).enumerated().compactMap { index, document in
            let url = "https://bench.example/" + document.path
            let decoded = CharsetDecoder.decode(document.data, contentType: nil, override: nil)
            guard let feed = try? FeedParser.parse(decoded.utf8, context: ParseContext(documentURL: url, now: now))
            else { return nil }
            let source = SourceSpec(id: "feed\(index)", url: url)
            let articles = normalizer.normalize(feed, source: source, documentURL: url)
            return SourceUpdate(state: SourceFetchState(sourceID: source.id, url: url), articles: articles, fetchedAt: now)
        }
    }
}
