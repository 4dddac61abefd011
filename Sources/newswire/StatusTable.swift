import Foundation
import NewswireEngine
import NewswirePostgres

/// The JSON of `status --json`; `cluster` only for a PostgreSQL store.
struct StatusDocument: Encodable {
    let summary: String
    let sources: [SourceStatus]
    var cluster: [InstanceStatus]?
}

/// One instance sharing a PostgreSQL store, as `status` shows it.
struct InstanceStatus: Encodable {
    let name: String
    let pid: Int
    let host: String
    let started: Date
    let lastHeartbeat: Date
    let leases: Int
    let renders: Bool

    init(_ instance: ClusterInstance) {
        name = instance.name
        pid = instance.pid
        host = instance.host
        started = instance.started
        lastHeartbeat = instance.heartbeat
        leases = instance.leases
        renders = instance.renders
    }
}

/// The text of `status`: a summary line, then one aligned row per source.
struct StatusTable {
    let rows: [SourceStatus]
    var cluster: [InstanceStatus]?

    var text: String {
        let header = ["SOURCE", "STATE", "LAST ATTEMPT", "LAST SUCCESS", "HTTP", "ARTICLES", "FAILS", "NEXT POLL",
                      "LAST ERROR"]
        var table = [header]
        for row in rows {
            table.append([row.id, row.state, Self.date(row.lastAttempt), Self.date(row.lastSuccess),
                          row.httpStatus.map(String.init) ?? "-", "\(row.articles)", "\(row.consecutiveFailures)",
                          Self.date(row.nextDue), row.lastError ?? ""])
        }
        var text = "newswire: " + SourceStatus.summary(rows) + "\n" + Self.aligned(table)
        if let cluster {
            let renderer = cluster.first(where: \.renders)?.name ?? "nobody"
            text += "cluster: \(cluster.count) instances seen, \(renderer) renders\n"
            text += Self.aligned([["INSTANCE", "PID", "HOST", "STARTED", "LAST HEARTBEAT", "LEASES", "RENDERS"]]
                + cluster.map { [$0.name, "\($0.pid)", $0.host, Self.date($0.started), Self.date($0.lastHeartbeat),
                                 "\($0.leases)", $0.renders ? "yes" : "no"] })
        }
        return text
    }

    /// Columns padded to their widest cell, two spaces apart; the last column as it is.
    private static func aligned(_ table: [[String]]) -> String {
        let widths = table[0].indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        let lines = table.map { cells in
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func date(_ date: Date?) -> String { date?.ISO8601Format() ?? "-" }
}
