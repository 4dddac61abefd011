import Foundation
import GRDB
import Logging
import NewswireStore
import PostgresNIO

/// `newswire store copy`: an embedded SQLite store into an empty PostgreSQL database, every row with its
/// id, in one transaction. A database that already holds exactly this store's rows is left alone (a second
/// run does nothing); one that holds anything else is refused.
public enum StoreCopier {
    /// Rows per table, in copy order.
    public struct Report: Sendable, Equatable {
        public var tables: [(name: String, rows: Int)]
        /// The database held this store's rows already: nothing was copied.
        public var alreadyCopied: Bool

        public static func == (a: Report, b: Report) -> Bool {
            a.alreadyCopied == b.alreadyCopied && a.tables.map(\.name) == b.tables.map(\.name)
                && a.tables.map(\.rows) == b.tables.map(\.rows)
        }
    }

    /// A table, its columns (the key's first) and its key; `booleans` are stored as 0/1 by SQLite.
    struct Table {
        var name: String
        var columns: [String]
        var key = 1
        var booleans: Set<String> = []
    }

    /// Every table of the shared schema, parents before children (source lists are the SQLite store's own).
    static let tables = [
        Table(name: "sources", columns: ["id", "url", "etag", "last_modified", "body_hash", "permanent_url", "last_attempt",
                                         "last_success", "http_status", "item_count", "consecutive_failures", "next_poll",
                                         "last_error", "title", "site_link"]),
        Table(name: "articles", columns: ["id", "atom_id", "canonical_link", "content_hash", "title_kind", "title",
                                          "summary_kind", "summary", "content_kind", "content", "source_published",
                                          "source_updated", "published", "updated", "first_seen", "authors", "categories",
                                          "enclosures", "language", "rights", "source_id", "story_id", "dedupe_hash",
                                          "sitemap_lastmod"]),
        Table(name: "memberships", columns: ["source_id", "identity", "article_id", "content_hash", "listed", "first_seen"],
              key: 2, booleans: ["listed"]),
        Table(name: "tombstones", columns: ["source_id", "identity", "removed"], key: 2),
        Table(name: "html_article_pages", columns: ["source_id", "link", "list_fingerprint", "etag", "last_modified",
                                                    "extracted", "fetched_at"], key: 2),
        Table(name: "feed_epochs", columns: ["feed_id", "first_rendered"]),
    ]

    /// Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement.
    static let rowsPerStatement = 1_000

    public static func copy(from sqlite: SQLiteArticleStore, to store: PostgresStore) async throws(StoreError) -> Report {
        try await store.migrate()
        let counts = try sqliteCounts(sqlite)
        return try await store.storeCall("copying \(sqlite.path)") { client, logger in
            try await client.withTransaction(logger: logger) { connection in
                var present: [Int] = []
                for table in tables {
                    for try await count in try await connection.query(
                        PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table.name)"), logger: logger).decode(Int.self) {
                        present.append(count)
                    }
                }
                let report = Report(tables: zip(tables.map(\.name), counts).map { ($0, $1) }, alreadyCopied: present == counts)
                if present.allSatisfy({ $0 == 0 }) {
                    for table in tables { try await copy(table, from: sqlite, to: connection, logger: logger) }
                    _ = try await connection.query("""
                        SELECT setval(pg_get_serial_sequence('articles', 'id'), coalesce(max(id), 0) + 1, false) FROM articles
                        """, logger: logger)
                    return Report(tables: report.tables, alreadyCopied: false)
                }
                guard report.alreadyCopied, try await sameArticles(sqlite, connection, logger: logger) else {
                    let held = zip(tables.map(\.name), present).filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
                    throw RefusedCopy(held: held.joined(separator: ", "))
                }
                return report
            }
        }
    }

    struct RefusedCopy: Error, CustomStringConvertible {
        var held: String
        var description: String {
            "the database is not empty (it holds \(held)) and is not a copy of this store: copy needs an empty database"
        }
    }

    private static func sqliteCounts(_ sqlite: SQLiteArticleStore) throws(StoreError) -> [Int] {
        do {
            return try sqlite.pool.read { db in
                try tables.map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0.name)") ?? 0 }
            }
        } catch {
            throw StoreError(path: sqlite.path, reason: "\(error)")
        }
    }

    /// The same article ids and Atom ids on both sides: a second run over the same store.
    private static func sameArticles(_ sqlite: SQLiteArticleStore, _ connection: PostgresConnection,
                                     logger: Logger) async throws -> Bool {
        let local = try await sqlite.pool.read { db in
            try String.fetchOne(db, sql: "SELECT coalesce(max(id), 0) || ':' || coalesce(max(atom_id), '') FROM articles")
        }
        for try await remote in try await connection.query("""
            SELECT coalesce(max(id), 0) || ':' || coalesce(max(atom_id COLLATE "C"), '') FROM articles
            """, logger: logger).decode(String.self) {
            return remote == local
        }
        return false
    }

    /// One table, `rowsPerStatement` rows per INSERT, read from SQLite a batch at a time in key order.
    private static func copy(_ table: Table, from sqlite: SQLiteArticleStore, to connection: PostgresConnection,
                             logger: Logger) async throws {
        let columnList = table.columns.joined(separator: ", ")
        let key = table.columns.prefix(table.key).joined(separator: ", ")
        let identity = table.name == "articles" ? " OVERRIDING SYSTEM VALUE" : ""
        var after: [DatabaseValue]?
        while true {
            let bound = after
            let rows: [[DatabaseValue]] = try await sqlite.pool.read { db in
                let range = bound == nil ? "" : "WHERE (\(key)) > (\(Array(repeating: "?", count: table.key).joined(separator: ", ")))"
                return try Row.fetchAll(db, sql: "SELECT \(columnList) FROM \(table.name) \(range) ORDER BY \(key) LIMIT \(rowsPerStatement)",
                                        arguments: StatementArguments(bound ?? [])).map { row in
                    (0..<row.count).map { row[$0] as DatabaseValue }
                }
            }
            guard let last = rows.last else { return }
            after = Array(last.prefix(table.key))
            let width = table.columns.count
            let values = (0..<rows.count).map { row in
                "(" + (1...width).map { "$\(row * width + $0)" }.joined(separator: ", ") + ")"
            }
            var query = PostgresQuery(unsafeSQL: """
                INSERT INTO \(table.name) (\(columnList))\(identity) VALUES \(values.joined(separator: ", "))
                """)
            for row in rows {
                for (column, value) in zip(table.columns, row) {
                    if table.booleans.contains(column), case .int64(let number) = value.storage {
                        query.binds.append(number != 0)
                    } else {
                        query.binds.append(value)
                    }
                }
            }
            _ = try await connection.query(query, logger: logger)
            if rows.count < rowsPerStatement { return }
        }
    }
}
