import Foundation
import GRDB
import NewswireModel

extension SQLiteArticleStore {
    public func articles(sourceIDs: [String], categories: [String], limit: Int) throws -> [StoredArticle] {
        guard !sourceIDs.isEmpty, limit > 0 else { return [] }
        let wanted = Set(categories.map { $0.lowercased() })
        return try read { db in
            let placeholders = Array(repeating: "?", count: sourceIDs.count).joined(separator: ", ")
            // A few sources: collect their memberships, then sort those. Many (a combined feed, the index
            // page): walk articles newest first and stop at the limit, instead of sorting the whole corpus;
            // `+` keeps SQLite from probing the index once per listed source for every article.
            let filter = sourceIDs.count < Self.sourcesForNewestFirstScan
                ? "a.id IN (SELECT article_id FROM memberships WHERE source_id IN (\(placeholders)))"
                : "EXISTS (SELECT 1 FROM memberships w WHERE w.article_id = a.id AND +w.source_id IN (\(placeholders)))"
            // Category filtering happens in Swift, so read in pages until `limit` articles passed it.
            let sql = """
                SELECT \(ArticleColumns.storedColumns), (SELECT group_concat(m.source_id || char(31) || m.identity, char(30))
                             FROM memberships m WHERE m.article_id = a.id) AS members
                FROM articles a
                WHERE \(filter)
                ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?
                """
            var result: [StoredArticle] = []
            var offset = 0
            let page = wanted.isEmpty ? limit : max(limit * 2, 100)
            while result.count < limit {
                var arguments = StatementArguments(sourceIDs)
                arguments += [page, offset]
                let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
                for row in rows {
                    let stored = Self.storedArticle(from: row, preferring: sourceIDs)
                    if wanted.isEmpty || stored.article.categories.contains(where: { wanted.contains($0.lowercased()) }) {
                        result.append(stored)
                        if result.count == limit { break }
                    }
                }
                if rows.count < page { break }
                offset += page
            }
            return result
        }
    }

    /// From this many sources on, `articles` scans newest first rather than sorting their memberships.
    static let sourcesForNewestFirstScan = 16

    public func sitemapEntries() throws -> [SitemapEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT canonical_link, max(updated) AS lastmod FROM articles WHERE canonical_link IS NOT NULL
                GROUP BY canonical_link ORDER BY canonical_link
                """).map { SitemapEntry(link: $0["canonical_link"], lastmod: Date(timeIntervalSince1970: $0["lastmod"])) }
        }
    }

    public func prune(olderThan cutoff: Date) throws -> Int { try prune(olderThan: cutoff, sourceIDs: nil) }

    public func prune(olderThan cutoff: Date, sourceIDs: [String]) throws -> Int {
        guard !sourceIDs.isEmpty else { return 0 }
        return try prune(olderThan: cutoff, sourceIDs: Optional(sourceIDs))
    }

    private func prune(olderThan cutoff: Date, sourceIDs: [String]?) throws -> Int {
        try write { db in
            // Every article is stored with a membership, so an article no source lists has an unlisted one:
            // candidates come from the small partial index `memberships_unlisted`.
            var stale = """
                SELECT a.id FROM articles a
                WHERE a.id IN (SELECT article_id FROM memberships WHERE listed = 0)
                AND a.updated < ? AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.article_id = a.id AND m.listed = 1)
                """
            var arguments: StatementArguments = [cutoff.timeIntervalSince1970]
            if let sourceIDs {
                // Few candidates: look each one's listings up, rather than collecting every listed article.
                let placeholders = Array(repeating: "?", count: sourceIDs.count).joined(separator: ", ")
                stale = """
                    SELECT a.id FROM articles a
                    WHERE a.id IN (SELECT article_id FROM memberships WHERE source_id IN (\(placeholders)))
                    AND a.updated < ? AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.article_id = a.id AND m.listed = 1)
                    """
                arguments = StatementArguments(sourceIDs) + arguments
            }
            // Usually nothing is stale: find that out once, not once per statement below.
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (\(stale))", arguments: arguments) == true else { return 0 }
            try db.execute(sql: """
                INSERT OR REPLACE INTO tombstones (source_id, identity, removed)
                SELECT source_id, identity, ? FROM memberships WHERE article_id IN (\(stale))
                """, arguments: [Date().timeIntervalSince1970] + arguments)
            try db.execute(sql: "DELETE FROM articles WHERE id IN (\(stale))", arguments: arguments)
            return db.changesCount
        }
    }

    /// Position of `members`, after the columns of `ArticleColumns.storedColumns`.
    private static let membersColumn = ArticleColumns.contentColumns.count + 5

    /// The row's identity is the one of the first wanted source that lists it.
    private static func storedArticle(from row: Row, preferring sourceIDs: [String]) -> StoredArticle {
        let members = (row[Self.membersColumn] as String? ?? "").split(separator: "\u{1E}").compactMap { pair -> (String, String)? in
            let parts = pair.split(separator: "\u{1F}", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
        let sources = members.map(\.0).sorted()
        let identity = sourceIDs.lazy.compactMap { id in members.first { $0.0 == id }?.1 }.first ?? members.first?.1 ?? ""
        return ArticleColumns.storedArticle(from: row, identity: identity, sourceIDs: Array(Set(sources)).sorted())
    }
}
