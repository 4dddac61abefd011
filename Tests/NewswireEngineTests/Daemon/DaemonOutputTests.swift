import Foundation
import Logging
import NewswireEngine
import Testing

/// Log lines for the journal and for a terminal, and the metrics text file.
@Suite struct DaemonOutputTests {
    @Test(arguments: [(Logger.Level.error, 3), (.warning, 4), (.notice, 5), (.info, 6), (.debug, 7), (.critical, 2)])
    func journalLinesStartWithThePriority(level: Logger.Level, priority: Int) {
        let handler = JournalLogHandler(label: "newswire", level: .trace, journal: true) { _ in }
        let line = handler.line(level: level, message: "poll failed", metadata: ["source.id": "a"], date: Date())
        #expect(line == "<\(priority)>poll failed source.id=a")
    }

    @Test func terminalLinesStartWithATimestamp() {
        let handler = JournalLogHandler(label: "newswire", level: .trace, journal: false) { _ in }
        let line = handler.line(level: .info, message: "polled", metadata: ["url": "http://x/ y"],
                                date: Date(timeIntervalSince1970: 0))
        #expect(line == "1970-01-01T00:00:00Z INFO newswire: polled url=\"http://x/ y\"")
    }

    @Test func journalModeFollowsJournalStream() {
        #expect(JournalLogHandler.stderrIsJournal(environment: ["JOURNAL_STREAM": "8:1234"]))
        #expect(!JournalLogHandler.stderrIsJournal(environment: [:]))
    }

    @Test func metricsCountPollsAndStaleness() {
        var metrics = DaemonMetrics()
        var failed = SourceOutcome(sourceID: "a", url: "", result: .failed(reason: "x"))
        failed.hints.bytes = 10
        metrics.record(failed)
        metrics.record(SourceOutcome(sourceID: "b", url: "", result: .notModified))
        metrics.recordRender(seconds: 0.5)
        let now = Date(timeIntervalSince1970: 1000)
        let text = metrics.prometheusText(lastSuccess: [("a", nil), ("b", Date(timeIntervalSince1970: 940))],
                                          failing: 1, now: now)
        let lines = Set(text.split(separator: "\n").map(String.init))
        for expected in ["newswire_polls_total 2", "newswire_poll_failures_total 1", "newswire_not_modified_total 1",
                         "newswire_bytes_total 10", "newswire_renders_total 1", "newswire_sources_failing 1",
                         "newswire_source_staleness_seconds{source=\"a\"} -1",
                         "newswire_source_staleness_seconds{source=\"b\"} 60.000"] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(text.hasSuffix("\n"))
    }
}
