import ArgumentParser
import Foundation
import NewswireFetch
import NewswireModel

/// Fetch throughput: every corpus URL once without validators (200s), then with them (304s).
///
/// Like a poll, each body is let go once checked (its length against the corpus file): keeping all
/// 190 MB alive until the round ends measured the kernel handing out fresh pages more than fetching.
struct FetchBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fetch")

    @Argument(help: "Base URL the corpus's www folder is served at.")
    var baseURL: String

    @Argument(help: "Corpus folder written by bench/corpus.py.")
    var corpus: String

    @Option(help: "Transfers in flight.")
    var parallel = 64

    @Option(help: "Measured runs; the median is printed.")
    var runs = 3

    @Flag(help: "Only the 200 round (to profile it).")
    var only200 = false

    func run() async throws {
        AllocatorTuning.retainFreedMemory()  // the allocator setting `newswire` makes at start
        let paths = try String(contentsOfFile: corpus + "/feeds.txt", encoding: .utf8).split(separator: "\n")
        let urls = paths.map { baseURL + $0 }
        let sizes = try paths.map { path in
            try FileManager.default.attributesOfItem(atPath: corpus + "/www/" + path)[.size] as? Int ?? -1
        }
        let fetcher = CurlFetcher(settings: FetchSettings(concurrency: parallel, perHost: parallel),
                                  userAgent: "newswire-bench")
        defer { fetcher.shutdown() }
        var validators: [String: (String?, String?)] = [:]
        for round in only200 ? ["200"] : ["200", "304"] {
            var rates: [Double] = []
            for _ in 0..<runs {
                let requests = urls.map { url in
                    round == "200" ? FetchRequest(url: url)
                        : FetchRequest(url: url, etag: validators[url]?.0, lastModified: validators[url]?.1)
                }
                let start = ContinuousClock.now
                let outcomes = await fetchAll(requests, with: fetcher)
                let elapsed = ContinuousClock.now - start
                let secs = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                let expected = round == "200" ? 200 : 304
                let wrong = outcomes.indices.filter { index in
                    outcomes[index]?.status != expected || (expected == 200 && outcomes[index]?.bytes != sizes[index])
                }
                if !wrong.isEmpty { print("warning: \(wrong.count) of \(urls.count) not \(expected) with the file's bytes") }
                for case let outcome? in outcomes { validators[outcome.url] = (outcome.etag, outcome.lastModified) }
                rates.append(Double(urls.count) / secs)
            }
            print(String(format: "fetch-%@ %.0f", round, median(rates)))
        }
    }

    /// What the bench keeps of a response.
    private struct Outcome: Sendable {
        var url: String
        var status: Int
        var bytes: Int
        var etag: String?
        var lastModified: String?
    }

    private func fetchAll(_ requests: [FetchRequest], with fetcher: CurlFetcher) async -> [Outcome?] {
        await withTaskGroup(of: (Int, Outcome?).self) { group in
            for (index, request) in requests.enumerated() {
                group.addTask {
                    let response = try? await fetcher.fetch(request)
                    return (index, response.map {
                        Outcome(url: $0.url, status: $0.status, bytes: $0.body.count, etag: $0.etag,
                                lastModified: $0.lastModified)
                    })
                }
            }
            var outcomes = [Outcome?](repeating: nil, count: requests.count)
            for await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes
        }
    }
}
