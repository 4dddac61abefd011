import Foundation
import NewswireEngine

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
