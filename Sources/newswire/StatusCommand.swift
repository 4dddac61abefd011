import ArgumentParser
import Foundation
import NewswireEngine
import NewswireStore

/// `newswire status`: one row per source from the store (works while the daemon runs).
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show per source: last attempt and success, HTTP status, articles, failures, next poll, last error.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        options.bootstrapLogging(default: .error)
        let configuration = try options.loadConfiguration()
        let rows: [SourceStatus]
        do {
            let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
            rows = SourceStatus.rows(configuration: configuration, states: try store.fetchStates())
        } catch {
            printError("newswire: \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let document = StatusDocument(summary: SourceStatus.summary(rows), sources: rows)
            print(String(decoding: try encoder.encode(document), as: UTF8.self))
        } else {
            print(StatusTable(rows: rows).text, terminator: "")
        }
    }
}

/// The JSON of `status --json`.
struct StatusDocument: Encodable {
    let summary: String
    let sources: [SourceStatus]
}

/// The text of `status`: a summary line, then one aligned row per source.
struct StatusTable {
    let rows: [SourceStatus]

    var text: String {
        let header = ["SOURCE", "STATE", "LAST ATTEMPT", "LAST SUCCESS", "HTTP", "ARTICLES", "FAILS", "NEXT POLL",
                      "LAST ERROR"]
        var table = [header]
        for row in rows {
            table.append([row.id, row.state, Self.date(row.lastAttempt), Self.date(row.lastSuccess),
                          row.httpStatus.map(String.init) ?? "-", "\(row.articles)", "\(row.consecutiveFailures)",
                          Self.date(row.nextDue), row.lastError ?? ""])
        }
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        let lines = table.map { cells in
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return "newswire: " + SourceStatus.summary(rows) + "\n" + lines.joined(separator: "\n") + "\n"
    }

    private static func date(_ date: Date?) -> String { date?.ISO8601Format() ?? "-" }
}
