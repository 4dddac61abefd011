import Foundation
import GRDB
import NewswireModel

extension SQLiteArticleStore {
    public func articles(sourceIDs: [String], categories: [String], limit: Int) throws -> [StoredArticle] {
        guard !sourceIDs.isEmpty, limit > 0 else { return [] }
        guard sourceIDs.count >= Self.sourcesForNewestFirstScan else {
            return try read { db in
                try articles(sourceIDs: sourceIDs, in: .parameter(try sourceIDs.jsonText),
                             categories: categories, limit: limit, db: db)
            } ?? []
        }
        // Many sources: their stored list, stored again if another process deleted it meanwhile.
        for _ in 0..<2 {
            let now = Date()
            let list = try sourceLists.cached(sourceIDs, now: now)
                ?? write { db in try sourceLists.store(sourceIDs, in: db, now: now) }
            if let found = try read({ db in
                try articles(sourceIDs: sourceIDs, in: .stored(list), categories: categories, limit: limit, db: db)
            }) {
                return found
            }
            sourceLists.forget(sourceIDs)
        }
        throw StoreError(path: path, reason: "the stored list of \(sourceIDs.count) sources keeps disappearing")
    }

    /// How a query names its sources: a JSON array parameter, or a stored list (`SourceLists`).
    private enum SourceSet {
        case parameter(String)
        case stored(Int64)

        /// A condition that `column` is one of the sources (parameter `?1`).
        func contains(_ column: String) -> String {
            switch self {
            case .parameter: "\(column) IN (SELECT value FROM json_each(?1))"
            case .stored: "EXISTS (SELECT 1 FROM source_list_members l WHERE l.list = ?1 AND l.source_id = \(column))"
            }
        }

        var argument: any DatabaseValueConvertible {
            switch self {
            case .parameter(let text): text
            case .stored(let list): list
            }
        }
    }

    /// The newest `limit` articles of `sources` (`sourceIDs`) with one of `categories`; nil when the stored
    /// list is gone.
    private func articles(sourceIDs: [String], in sources: SourceSet, categories: [String], limit: Int,
                          db: Database) throws -> [StoredArticle]? {
        if case .stored(let list) = sources,
           try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM source_lists WHERE id = ?)", arguments: [list]) != true {
            return nil
        }
        let wanted = Set(categories.map { $0.lowercased() })
        // A few sources: collect their memberships, then sort those. Many (a combined feed, the index
        // page): walk articles newest first and stop at the limit, instead of sorting the whole corpus.
        var filter = sourceIDs.count < Self.sourcesForNewestFirstScan
            ? "a.id IN (SELECT article_id FROM memberships w WHERE \(sources.contains("w.source_id")))"
            : "EXISTS (SELECT 1 FROM memberships w WHERE w.article_id = a.id AND \(sources.contains("w.source_id")))"
        // Over several sources a story is listed once: as its first copy among these sources, naming the
        // links of the others. (A story's first copy has no `story_id`; the others carry its id.)
        var related = "NULL"
        if sourceIDs.count > 1 {
            filter += """
                 AND (a.story_id IS NULL OR NOT EXISTS (SELECT 1 FROM articles e
                     WHERE (e.id = a.story_id OR e.story_id = a.story_id) AND e.id < a.id
                     AND \(sources.contains("e.source_id"))))
                """
            related = """
                (SELECT group_concat(r.copy, char(30)) FROM (SELECT c.source_id || char(31) || coalesce(c.canonical_link, '')
                     AS copy FROM articles c
                     WHERE (c.story_id = coalesce(a.story_id, a.id) OR c.id = a.story_id) AND c.id <> a.id
                     AND \(sources.contains("c.source_id")) ORDER BY c.id) r)
                """
        }
        // Category filtering happens in Swift, so read in pages until `limit` articles passed it.
        let sql = """
            SELECT \(ArticleColumns.storedColumns), (SELECT group_concat(m.source_id || char(31) || m.identity, char(30))
                         FROM memberships m WHERE m.article_id = a.id) AS members, \(related) AS related
            FROM articles a
            WHERE \(filter)
            ORDER BY a.published DESC, a.id DESC LIMIT ?2 OFFSET ?3
            """
        var result: [StoredArticle] = []
        let decoder = JSONDecoder()
        let rank = Dictionary(sourceIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        var offset = 0
        let page = wanted.isEmpty ? limit : max(limit * 2, 100)
        while result.count < limit {
            let arguments: StatementArguments = [sources.argument, page, offset]
            // A cursor reads each row in place; fetching them all would first copy every column of every row.
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            var rowCount = 0
            while let row = try rows.next() {
                rowCount += 1
                let stored = ArticleColumns.listedArticle(from: row, rank: rank, decoder: decoder)
                if wanted.isEmpty || stored.article.categories.contains(where: { wanted.contains($0.lowercased()) }) {
                    result.append(stored)
                    if result.count == limit { break }
                }
            }
            if rowCount < page { break }
            offset += page
        }
        return result
    }

    public func feedEpoch(feedID: String, now: Date) throws -> Date {
        try write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO feed_epochs (feed_id, first_rendered) VALUES (?, ?)",
                           arguments: [feedID, now.timeIntervalSince1970.rounded(.down)])
            let seconds = try Double.fetchOne(db, sql: "SELECT first_rendered FROM feed_epochs WHERE feed_id = ?",
                                              arguments: [feedID])
            return Date(timeIntervalSince1970: seconds ?? now.timeIntervalSince1970)
        }
    }

    /// From this many sources on, `articles` scans newest first rather than sorting their memberships.
    package static let sourcesForNewestFirstScan = 16

    public func sitemapEntries(heldIn ids: ClosedRange<Int64>) throws -> [SitemapEntry] {
        try read { db in
            // Columns by position, from the partial index alone.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT canonical_link, sitemap_lastmod FROM articles INDEXED BY articles_sitemap
                WHERE sitemap_lastmod IS NOT NULL AND id BETWEEN ? AND ? ORDER BY canonical_link
                """, arguments: [ids.lowerBound, ids.upperBound])
            var entries: [SitemapEntry] = []
            while let row = try rows.next() {
                entries.append(SitemapEntry(link: row[0], lastmod: Date(timeIntervalSince1970: row[1])))
            }
            return entries
        }
    }

    public func firstSitemapHolder(from id: Int64) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: """
                SELECT id FROM articles INDEXED BY articles_sitemap WHERE sitemap_lastmod IS NOT NULL AND id >= ?
                ORDER BY id LIMIT 1
                """, arguments: [id])
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
            let links = try String.fetchAll(db, sql: """
                SELECT DISTINCT canonical_link FROM articles WHERE id IN (\(stale)) AND canonical_link IS NOT NULL
                """, arguments: arguments)
            try db.execute(sql: "DELETE FROM articles WHERE id IN (\(stale))", arguments: arguments)
            let removed = db.changesCount
            // Links whose first article left get the next one as their sitemap entry's holder.
            let reset = try db.cachedStatement(sql: StoreMigrations.resetSitemapHolder)
            for link in links { _ = try Int64.fetchAll(reset, arguments: [link]) }
            return removed
        }
    }
}
