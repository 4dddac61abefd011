import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// One line per event on standard error. Under the journal (`JOURNAL_STREAM` set) each line starts
/// with its syslog priority (`<3>` … `<7>`) and carries no timestamp (journald adds one); otherwise
/// it starts with an ISO 8601 timestamp and the level.
public struct JournalLogHandler: LogHandler {
    /// Events below this level are dropped.
    public var logLevel: Logger.Level
    /// Metadata added to every line of this logger.
    public var metadata: Logger.Metadata = [:]
    let label: String
    let journal: Bool
    let write: @Sendable (String) -> Void

    /// A handler writing to standard error; `journal` picks the priority-prefix format.
    public init(label: String, level: Logger.Level, journal: Bool,
                write: @escaping @Sendable (String) -> Void = JournalLogHandler.writeToStandardError) {
        self.label = label
        logLevel = level
        self.journal = journal
        self.write = write
    }

    /// True when standard error is connected to the journal.
    public static func stderrIsJournal(environment: [String: String]) -> Bool {
        !(environment["JOURNAL_STREAM"] ?? "").isEmpty
    }

    /// One metadata value of this logger.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes one line for `event`.
    public func log(event: LogEvent) {
        write(line(level: event.level, message: "\(event.message)", metadata: event.metadata, date: Date()))
    }

    /// The formatted line (without newline).
    public func line(level: Logger.Level, message: String, metadata extra: Logger.Metadata?, date: Date) -> String {
        var merged = metadata
        if let extra { merged.merge(extra) { _, new in new } }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted("\($0.value)"))" }
        // One event, one line: the journal would split a multi-line message into several entries.
        let text = ([message] + fields).joined(separator: " ").replacingOccurrences(of: "\n", with: " | ")
        if journal { return "<\(Self.priority(level))>\(text)" }
        return "\(Self.timestamp(date)) \(level.rawValue.uppercased()) \(label): \(text)"
    }

    /// syslog priority of a swift-log level.
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    private static func quoted(_ value: String) -> String {
        value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) || value.isEmpty
            ? "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : value
    }

    private static func timestamp(_ date: Date) -> String {
        date.ISO8601Format()
    }

    /// Writes `line` and a newline to standard error in one call.
    @Sendable public static func writeToStandardError(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        // One write(2) per line: lines of concurrent tasks never interleave.
        _ = bytes.withUnsafeBufferPointer { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
