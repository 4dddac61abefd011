import Foundation
import GRDB
import NewswireModel
import NewswireStore
import PostgresNIO

/// The articles of feeds, with the SQLite store's query and rules: newest first, a story once over several
/// sources (its first copy among them, naming the others' links), the identity of the first wanted source.
extension PostgresStore {
    public func articles(sourceIDs: [String], categories: [String], limit: Int) async throws(StoreError) -> [StoredArticle] {
        guard !sourceIDs.isEmpty, limit > 0 else { return [] }
        return try await storeCall("reading the articles of \(sourceIDs.count) sources") { client, logger in
            let wanted = Set(categories.map { $0.lowercased() })
            let sql = Self.feedQuery(sources: sourceIDs.count)
            let decoder = JSONDecoder()
            let rank = Dictionary(sourceIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
            var result: [StoredArticle] = []
            var offset = 0
            let page = wanted.isEmpty ? limit : max(limit * 2, 100)
            while result.count < limit {
                var query = PostgresQuery(unsafeSQL: sql)
                query.binds.append(sourceIDs)
                query.binds.append(page)
                query.binds.append(offset)
                var rowCount = 0
                for try await row in try await client.query(query, logger: logger) {
                    rowCount += 1
                    let stored = ArticleColumns.listedArticle(from: try PostgresListingRow(row), rank: rank, decoder: decoder)
                    if result.count < limit,
                       wanted.isEmpty || stored.article.categories.contains(where: { wanted.contains($0.lowercased()) }) {
                        result.append(stored)
                    }
                }
                if rowCount < page { break }
                offset += page
            }
            return result
        }
    }

    /// `SQLiteArticleStore.articles`' query in PostgreSQL's words (`$1` the sources, `$2` a page, `$3` where it
    /// starts); aggregates ordered as SQLite's indexes hand them over (bytes of source id and identity; ids).
    static func feedQuery(sources count: Int) -> String {
        var filter = count < SQLiteArticleStore.sourcesForNewestFirstScan
            ? "a.id IN (SELECT article_id FROM memberships WHERE source_id = ANY($1))"
            : "EXISTS (SELECT 1 FROM memberships w WHERE w.article_id = a.id AND w.source_id = ANY($1))"
        var related = "NULL"
        if count > 1 {
            filter += """
                 AND (a.story_id IS NULL OR NOT EXISTS (SELECT 1 FROM articles e
                     WHERE (e.id = a.story_id OR e.story_id = a.story_id) AND e.id < a.id AND e.source_id = ANY($1)))
                """
            related = """
                (SELECT string_agg(c.source_id || chr(31) || coalesce(c.canonical_link, ''), chr(30) ORDER BY c.id)
                 FROM articles c
                 WHERE (c.story_id = coalesce(a.story_id, a.id) OR c.id = a.story_id) AND c.id <> a.id
                 AND c.source_id = ANY($1))
                """
        }
        return """
            SELECT \(ArticleColumns.storedColumns),
                (SELECT string_agg(m.source_id || chr(31) || m.identity, chr(30)
                                   ORDER BY m.source_id COLLATE "C", m.identity COLLATE "C")
                 FROM memberships m WHERE m.article_id = a.id) AS members,
                \(related) AS related
            FROM articles a
            WHERE \(filter)
            ORDER BY a.published DESC, a.id DESC LIMIT $2 OFFSET $3
            """
    }
}

/// A feed query's row as the values the SQLite store would read, so both stores share the decoding.
struct PostgresListingRow: StoredColumnReading {
    private var values: [DatabaseValue] = []

    /// Positions of the non-text columns of `ArticleColumns.storedColumns` (source dates; id; first seen,
    /// published, updated).
    private static let doubles: Set<Int> = [8, 9, 18, 19, 20]
    private static let integers: Set<Int> = [16]

    init(_ row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        values.reserveCapacity(cells.count)
        for index in 0..<cells.count {
            if Self.doubles.contains(index) {
                values.append((try cells[index].decode(Double?.self)).databaseValue)
            } else if Self.integers.contains(index) {
                values.append((try cells[index].decode(Int64?.self)).databaseValue)
            } else {
                values.append((try cells[index].decode(String?.self)).databaseValue)
            }
        }
    }

    subscript<Value: DatabaseValueConvertible>(_ index: Int) -> Value {
        guard let value = Value.fromDatabaseValue(values[index]) else {
            fatalError("column \(index) of a feed query is not a \(Value.self)")
        }
        return value
    }
}
