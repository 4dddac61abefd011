import Foundation
import NewswireFetch
import NewswireStore

/// Counters of a running daemon, rendered in the Prometheus text format for node_exporter's
/// textfile collector (`state_dir/metrics.prom`).
public struct DaemonMetrics: Sendable, Equatable {
    /// Polls finished.
    public var polls = 0
    /// Polls that failed.
    public var failures = 0
    /// Polls answered 304 or with a byte-identical body.
    public var notModified = 0
    /// Body bytes received, after decompression.
    public var bytes = 0
    /// Articles stored for the first time.
    public var articlesNew = 0
    /// Stored articles whose content changed.
    public var articlesUpdated = 0
    /// Items already stored from another source.
    public var duplicates = 0
    /// Renders finished (successful or not).
    public var renders = 0
    /// Seconds spent rendering.
    public var renderSecondsTotal = 0.0
    /// Seconds the last render took.
    public var lastRenderSeconds = 0.0
    /// Configuration reloads applied.
    public var reloads = 0
    /// Reloads refused (invalid or missing config).
    public var failedReloads = 0

    /// All counters at zero.
    public init() {}

    /// Counts one finished poll.
    public mutating func record(_ outcome: SourceOutcome) {
        polls += 1
        bytes += outcome.hints.bytes
        switch outcome.result {
        case .failed: failures += 1
        case .notModified: notModified += 1
        case .updated(let summary, _):
            articlesNew += summary.inserted
            articlesUpdated += summary.updated
            duplicates += summary.duplicates
        case .skipped: break
        }
    }

    /// Counts one render that took `seconds`.
    public mutating func recordRender(seconds: Double) {
        renders += 1
        renderSecondsTotal += seconds
        lastRenderSeconds = seconds
    }

    /// The text file: counters, the sizes of the daemon's in-memory `tables`, then per source seconds since
    /// its last success (`-1` when never).
    public func prometheusText(lastSuccess: [(sourceID: String, date: Date?)], failing: Int,
                               tables: [(name: String, entries: Int)] = [], now: Date) -> String {
        var lines: [String] = []
        func metric(_ name: String, _ type: String, _ help: String, _ value: String) {
            lines += ["# HELP newswire_\(name) \(help)", "# TYPE newswire_\(name) \(type)", "newswire_\(name) \(value)"]
        }
        metric("polls_total", "counter", "Polls finished since start.", "\(polls)")
        metric("poll_failures_total", "counter", "Polls that failed.", "\(failures)")
        metric("not_modified_total", "counter", "Polls answered 304 or with an unchanged body.", "\(notModified)")
        metric("bytes_total", "counter", "Body bytes received (after decompression).", "\(bytes)")
        metric("articles_new_total", "counter", "Articles stored for the first time.", "\(articlesNew)")
        metric("articles_updated_total", "counter", "Stored articles whose content changed.", "\(articlesUpdated)")
        metric("duplicates_total", "counter", "Items already stored from another source.", "\(duplicates)")
        metric("renders_total", "counter", "Renders of the output files.", "\(renders)")
        metric("render_seconds_total", "counter", "Time spent rendering.", Self.number(renderSecondsTotal))
        metric("render_last_seconds", "gauge", "Duration of the last render.", Self.number(lastRenderSeconds))
        metric("reloads_total", "counter", "Configuration reloads applied.", "\(reloads)")
        metric("reload_failures_total", "counter", "Reloads refused because the config was invalid.", "\(failedReloads)")
        metric("sources_failing", "gauge", "Sources whose last poll failed.", "\(failing)")
        if !tables.isEmpty {
            lines += ["# HELP newswire_table_entries Entries in one of the daemon's in-memory tables.",
                      "# TYPE newswire_table_entries gauge"]
            lines += tables.map { "newswire_table_entries{table=\"\($0.name)\"} \($0.entries)" }
        }
        if let resident = Self.residentBytes() {
            metric("resident_memory_bytes", "gauge", "Resident memory of the process.", "\(resident)")
        }
        let heap = AllocatorTuning.heapBytes()
        if heap.inUse > 0 {
            metric("heap_in_use_bytes", "gauge", "Bytes malloc has handed out.", "\(heap.inUse)")
            metric("heap_free_bytes", "gauge", "Freed bytes malloc keeps for reuse.", "\(heap.free)")
        }
        metric("sqlite_memory_bytes", "gauge", "Bytes SQLite holds (page caches, schemas, statements), part of the heap.",
               "\(SQLiteMemory.bytesInUse())")
        lines += ["# HELP newswire_source_staleness_seconds Seconds since the source's last successful poll (-1: never).",
                  "# TYPE newswire_source_staleness_seconds gauge"]
        for (id, date) in lastSuccess {
            let age = date.map { Self.number(max(0, now.timeIntervalSince($0))) } ?? "-1"
            lines.append("newswire_source_staleness_seconds{source=\"\(Self.label(id))\"} \(age)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// VmRSS from `/proc/self/statm` (its second field, in pages).
    static func residentBytes() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    private static func number(_ value: Double) -> String { String(format: "%.3f", value) }

    private static func label(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
