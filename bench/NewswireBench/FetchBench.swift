import ArgumentParser
import Foundation
import NewswireFetch
import NewswireModel

/// Fetch throughput: every corpus URL once without validators (200s), then with them (304s).
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

    func run() async throws {
        let paths = try String(contentsOfFile: corpus + "/feeds.txt", encoding: .utf8).split(separator: "\n")
        let urls = paths.map { baseURL + $0 }
        let fetcher = CurlFetcher(settings: FetchSettings(concurrency: parallel, perHost: parallel),
                                  userAgent: "newswire-bench")
        defer { fetcher.shutdown() }
        var validators: [String: (String?, String?)] = [:]
        for round in ["200", "304"] {
            var rates: [Double] = []
            for _ in 0..<runs {
                let requests = urls.map { url in
                    round == "200" ? FetchRequest(url: url)
                        : FetchRequest(url: url, etag: validators[url]?.0, lastModified: validators[url]?.1)
                }
                let start = ContinuousClock.now
                let responses = await fetchAll(requests, with: fetcher)
                let elapsed = ContinuousClock.now - start
                let secs = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                let expected = round == "200" ? 200 : 304
                let ok = responses.filter { $0?.status == expected }.count
                if ok != urls.count { print("warning: \(urls.count - ok) of \(urls.count) not \(expected)") }
                for case let response? in responses { validators[response.url] = (response.etag, response.lastModified) }
                rates.append(Double(urls.count) / secs)
            }
            print(String(format: "fetch-%@ %.0f", round, median(rates)))
        }
    }

    private func fetchAll(_ requests: [FetchRequest], with fetcher: CurlFetcher) async -> [FetchResponse?] {
        await withTaskGroup(of: (Int, FetchResponse?).self) { group in
            for (index, request) in requests.enumerated() {
                group.addTask { (index, try? await fetcher.fetch(request)) }
            }
            var responses = [FetchResponse?](repeating: nil, count: requests.count)
            for await (index, response) in group { responses[index] = response }
            return responses
        }
    }
}
