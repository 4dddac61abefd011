import Foundation
import NewswireTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One hostile-input case: a good source (`good`, serving `alpha.rss`) beside one hostile source
/// (`hostile`), run through the real `newswire regenerate`, then checked for survival.
final class HostileSite {
    /// The shared CLI test world (temp folder, server, binary).
    let site: CLISite
    /// Seconds the whole `regenerate` may take before the case counts as a hang.
    static let deadline: Duration = .seconds(180)
    /// Peak resident memory any child may reach (an upper bound: `RUSAGE_CHILDREN` covers every
    /// child this test process waited for, jing's JVM included, so a runaway parse shows up here).
    static let memoryLimitKB = 1_024 * 1_024

    /// How the hostile source must end.
    enum Expectation {
        /// Its `FAILED` line contains one of these (case-insensitive).
        case failed(anyOf: [String])
        /// It is polled fine (its content made safe).
        case ok
        /// Either: listed ok, or failed with a reason.
        case okOrFailed
    }

    init() throws {
        site = try CLISite()
        try site.serveFixture("alpha.rss", at: "/good.rss")
    }

    /// Serves `body` at `path` with `contentType` and extra headers.
    func serve(_ body: Data, at path: String, contentType: String = "application/rss+xml",
               headers: [(name: String, value: String)] = []) {
        site.server.route(path) { _ in
            TestHTTPResponse(status: 200, headers: [("Content-Type", contentType)] + headers, body: body)
        }
    }

    /// A URL on the test server.
    func url(_ path: String) -> String { site.server.url(path) }

    /// Writes the config: `good`, then `hostile` at `hostileURL`; `fetch` lines go into `[fetch]`.
    func writeConfig(hostileURL: String, fetch: [String] = [], extraSourceLines: [String] = []) throws {
        let fetchLines = (["timeout = \"\(TestSlowdown.seconds(8))s\"", "connect_timeout = \"2s\"", "max_body = \"32MB\""]
            .filter { line in !fetch.contains { $0.split(separator: "=")[0] == line.split(separator: "=")[0] } }
            + fetch).joined(separator: "\n")
        let toml = """
            [site]
            title      = "Hostile test"
            base_url   = "https://feeds.example.org/"
            output_dir = "public"
            state_dir  = "state"

            [fetch]
            \(fetchLines)

            [[source]]
            id  = "good"
            url = "\(url("/good.rss"))"

            [[source]]
            id  = "hostile"
            url = "\(hostileURL)"
            \(extraSourceLines.joined(separator: "\n"))

            [[feed]]
            id      = "all"
            title   = "Everything"
            sources = ["*"]

            """
        try Data(toml.utf8).write(to: site.configURL)
    }

    /// Runs `regenerate` with the case deadline.
    func regenerate(_ extra: [String] = []) async throws -> ProcessOutcome {
        try await ProcessRunner.run(site.binary.url, ["regenerate", "--config", "newswire.toml"] + extra,
                                    in: site.folder.url, timeout: Self.deadline)
    }

    /// The line `regenerate` printed for the hostile source.
    static func hostileLine(_ outcome: ProcessOutcome) -> String? {
        outcome.stdoutLines.first { $0.contains(" hostile ") }
    }

    /// Runs `regenerate` and checks everything a hostile case must hold; returns the outcome.
    @discardableResult
    func runAndVerify(_ expectation: Expectation, sourceLocation: SourceLocation = #_sourceLocation)
        async throws -> ProcessOutcome {
        let outcome = try await regenerate()
        try await verify(outcome, expectation, sourceLocation: sourceLocation)
        return outcome
    }

    /// Checks survival, the hostile source's line, the good source's feed and every output file.
    func verify(_ outcome: ProcessOutcome, _ expectation: Expectation,
                sourceLocation: SourceLocation = #_sourceLocation) async throws {
        #expect(!outcome.signaled, "crashed: \(outcome)", sourceLocation: sourceLocation)
        #expect([0, 1].contains(outcome.status), "\(outcome)", sourceLocation: sourceLocation)
        #expect(Self.peakChildMemoryKB() < Self.memoryLimitKB, "peak RSS \(Self.peakChildMemoryKB()) KB",
                sourceLocation: sourceLocation)
        let line = Self.hostileLine(outcome) ?? ""
        if ProcessInfo.processInfo.environment["HOSTILE_VERBOSE"] != nil { print("hostile: \(line.prefix(200))") }
        switch expectation {
        case .failed(let words):
            #expect(outcome.status == 1 && line.contains("FAILED")
                        && words.contains { line.localizedCaseInsensitiveContains($0) },
                    "expected FAILED with one of \(words): \(outcome)", sourceLocation: sourceLocation)
        case .ok:
            #expect(line.contains(" ok "), "\(outcome)", sourceLocation: sourceLocation)
        case .okOrFailed:
            #expect(line.contains(" ok ") || (line.contains("FAILED") && line.count > 40), "\(outcome)",
                    sourceLocation: sourceLocation)
        }
        #expect(outcome.stdoutLines.contains { $0.contains(" ok ") && $0.contains(" good ") }, "\(outcome)",
                sourceLocation: sourceLocation)
        let good = (try? site.outputText("feeds/good.xml")) ?? ""
        #expect(AtomText.entryTitles(good).count == 2, "good feed: \(good.prefix(500))", sourceLocation: sourceLocation)
        try await OutputValidator.validate(site.outputFolder, sourceLocation: sourceLocation)
    }

    /// The largest resident set of any waited-for child so far, in KB (Linux `ru_maxrss`).
    static func peakChildMemoryKB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss
    }

    /// The text of every output file, concatenated (for "never appears" checks).
    func allOutputText() -> String {
        site.outputFiles().compactMap { try? site.outputText($0) }.joined(separator: "\n")
    }
}
