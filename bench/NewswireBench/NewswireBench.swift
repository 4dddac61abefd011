import ArgumentParser
import Foundation

@main
struct NewswireBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-bench",
        abstract: "Measures newswire's stages on the benchmark corpus (see bench/run).",
        subcommands: [ParseBench.self, FetchBench.self, StoreBench.self, RenderBench.self])
}

/// The median of a list of measurements.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count.isMultiple(of: 2) ? (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        : sorted[sorted.count / 2]
}

/// Seconds taken by `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The corpus's feed files, as listed in `feeds.txt`, read into memory.
func loadCorpus(_ folder: String) throws -> [(path: String, data: Data)] {
    let list = try String(contentsOfFile: folder + "/feeds.txt", encoding: .utf8)
    return try list.split(separator: "\n").map { line in
        let path = folder + "/www/" + line
        return (String(line), try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
