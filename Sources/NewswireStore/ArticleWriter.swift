import Foundation
import GRDB
import GRDBSQLite
import NewswireModel

/// Applies source updates inside one write transaction, with its statements prepared once for the
/// whole batch. Per article it looks up only what can exist: a source that has never been stored
/// has no memberships or tombstones to check.
struct ArticleWriter {
    private let db: Database
    private let encoder = ArticleColumns.makeEncoder()
    private let sourceRows: Statement
    private let tombstone: Statement
    private let membership: Statement
    private let unlistAll: Statement
    private let relist: Statement
    private let sameLink: DirectStatement
    private let sameText: DirectStatement
    private let repoint: Statement
    private let insertArticle: DirectStatement
    private let insertMembership: DirectStatement
    private let storedDates: Statement
    private let updateArticle: DirectStatement
    private let resetSitemapHolder: Statement

    init(_ db: Database) throws {
        self.db = db
        sourceRows = try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM tombstones WHERE source_id = ?1),
                   EXISTS (SELECT 1 FROM memberships WHERE source_id = ?1)
            """)
        tombstone = try db.cachedStatement(sql: "SELECT 1 FROM tombstones WHERE source_id = ? AND identity = ?")
        membership = try db.cachedStatement(sql: """
            SELECT m.article_id, m.content_hash, a.source_id IS ?1 FROM memberships m JOIN articles a ON a.id = m.article_id
            WHERE m.source_id = ?1 AND m.identity = ?2
            """)
        unlistAll = try db.cachedStatement(sql: "UPDATE memberships SET listed = 0 WHERE source_id = ? AND listed = 1")
        relist = try db.cachedStatement(sql: """
            UPDATE memberships SET listed = 1, content_hash = ? WHERE source_id = ? AND identity = ?
            """)
        // The same story stored already: a copy with the same canonical link, else with the same dedupe hash;
        // the source's own copy first, else the first copy (id, is it the source's own, story id).
        sameLink = try DirectStatement(statement: db.cachedStatement(sql: """
            SELECT id, source_id IS ?2, coalesce(story_id, id) FROM articles WHERE canonical_link = ?1
            ORDER BY source_id IS ?2 DESC, id LIMIT 1
            """))
        sameText = try DirectStatement(statement: db.cachedStatement(sql: """
            SELECT id, source_id IS ?2, coalesce(story_id, id) FROM articles WHERE dedupe_hash = ?1
            ORDER BY source_id IS ?2 DESC, id LIMIT 1
            """))
        repoint = try db.cachedStatement(sql: "UPDATE memberships SET article_id = ? WHERE source_id = ? AND identity = ?")
        let columns = ArticleColumns.contentColumns
        insertArticle = try DirectStatement(statement: db.cachedStatement(sql: """
            INSERT INTO articles (\(columns.joined(separator: ", ")), atom_id, published, updated, first_seen,
                                  source_id, story_id, sitemap_lastmod)
            VALUES (\(Array(repeating: "?", count: columns.count + 7).joined(separator: ", ")))
            """))
        insertMembership = try DirectStatement(statement: db.cachedStatement(sql: """
            INSERT INTO memberships (source_id, identity, article_id, content_hash, listed, first_seen)
            VALUES (?, ?, ?, ?, 1, ?)
            """))
        storedDates = try db.cachedStatement(sql: """
            SELECT published, updated, canonical_link, sitemap_lastmod IS NOT NULL FROM articles WHERE id = ?
            """)
        updateArticle = try DirectStatement(statement: db.cachedStatement(sql: """
            UPDATE articles SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")), published = ?, updated = ?,
                                sitemap_lastmod = NULL
            WHERE id = ?
            """))
        resetSitemapHolder = try db.cachedStatement(sql: StoreMigrations.resetSitemapHolder)
    }

    /// Performs one write of a batch.
    func perform(_ write: StoreWrite, mint: AtomIDMinter) throws -> UpdateSummary {
        switch write {
        case .apply(let update): return try apply(update, mint: mint)
        case .saveFetchState(let state):
            try save(state)
            return UpdateSummary()
        }
    }

    /// Stores the state and articles of one successful parse. Each source keeps its own copy of a story;
    /// a copy of a story already stored from another source joins that story (a duplicate).
    func apply(_ update: SourceUpdate, mint: AtomIDMinter) throws -> UpdateSummary {
        var summary = UpdateSummary()
        let source = update.state.sourceID
        let known = try Row.fetchOne(sourceRows, arguments: [source])
        let hasTombstones: Bool = known?[0] ?? true, hasMemberships: Bool = known?[1] ?? true
        if hasMemberships { try unlistAll.execute(arguments: [source]) }
        var seen = Set<String>()
        // Undated articles are stamped with the poll's time minus their rank among them, a second apart:
        // distinct, and newest first in the order the source lists them.
        var clock = PollClock(fetchedAt: update.fetchedAt)
        for article in update.articles where seen.insert(article.identity).inserted {
            if hasTombstones, try Row.fetchOne(tombstone, arguments: [source, article.identity]) != nil {
                summary.tombstoned += 1
                continue
            }
            if hasMemberships, let member = try Row.fetchOne(membership, arguments: [source, article.identity]) {
                if (member[1] as String) == article.contentHash {
                    summary.unchanged += 1
                } else if member[2] as Bool {
                    try rewrite(member[0], with: article, clock: &clock, sitemap: &summary.sitemapHolders)
                    summary.updated += 1
                } else {
                    // Stored before v6 as another source's article: the source gets its own copy now.
                    let own = try storeCopy(article, source: source, mint: mint, clock: &clock,
                                            sitemap: &summary.sitemapHolders).id
                    try repoint.execute(arguments: [own, source, article.identity])
                    summary.updated += 1
                }
                try relist.execute(arguments: [article.contentHash, source, article.identity])
                continue
            }
            let stored = try storeCopy(article, source: source, mint: mint, clock: &clock,
                                       sitemap: &summary.sitemapHolders)
            if stored.isNewStory { summary.inserted += 1 } else { summary.duplicates += 1 }
            try insertMembership.execute([
                source.databaseValue, article.identity.databaseValue, stored.id.databaseValue,
                article.contentHash.databaseValue, update.fetchedAt.timeIntervalSince1970.databaseValue,
            ], in: db)
        }
        try save(update.state)
        return summary
    }

    /// The article row for a new identity of `source`: the source's own copy of the same story when it has
    /// one, else a new copy, of a story stored from another source or of a new story. `sitemap` gets the
    /// articles whose sitemap entry changed.
    private func storeCopy(_ article: Article, source: String, mint: AtomIDMinter, clock: inout PollClock,
                           sitemap: inout Set<Int64>) throws -> (id: Int64, isNewStory: Bool) {
        // (id, is it the source's own copy, story id)
        let readMatch = { (row: SQLiteStatement) in
            (sqlite3_column_int64(row, 0), sqlite3_column_int(row, 1) != 0, sqlite3_column_int64(row, 2))
        }
        var match: (id: Int64, isOwn: Bool, story: Int64)?
        if let link = article.canonicalLink {
            match = try sameLink.first([link.databaseValue, source.databaseValue], in: db, readMatch)
        }
        let linkIsStored = match != nil
        if match == nil, article.hashIsDedupeKey {
            match = try sameText.first([article.contentHash.databaseValue, source.databaseValue], in: db, readMatch)
        }
        if let match, match.isOwn { return (match.id, false) }
        let story = match?.story
        // A link no article carries yet: the new article holds its sitemap entry.
        let holdsLink = article.canonicalLink != nil && !linkIsStored
        let id = try insert(article, source: source, story: story, atomID: mint(source, article, clock.fetchedAt),
                            holdsLink: holdsLink, clock: &clock)
        if holdsLink {
            sitemap.insert(id)
        } else if let link = article.canonicalLink {
            try resetHolder(of: link, sitemap: &sitemap)
        }
        return (id, story == nil)
    }

    /// Records the fetch state of a source.
    func save(_ state: SourceFetchState) throws {
        try SQLiteArticleStore.save(state, in: db)
    }

    private func insert(_ article: Article, source: String, story: Int64?, atomID: String, holdsLink: Bool,
                        clock: inout PollClock) throws -> Int64 {
        let published = article.published ?? article.updated ?? clock.nextUndated()
        let updated = article.updated ?? published
        var values = ArticleColumns.values(for: article, encoder: encoder)
        values += [atomID.databaseValue, published.timeIntervalSince1970.databaseValue,
                   updated.timeIntervalSince1970.databaseValue, clock.fetchedAt.timeIntervalSince1970.databaseValue,
                   source.databaseValue, story.databaseValue,
                   (holdsLink ? updated.timeIntervalSince1970 : nil).databaseValue]
        try insertArticle.execute(values, in: db)
        return db.lastInsertedRowID
    }

    /// A new content hash for a known identity: same entry, new `<updated>`. The sitemap entries of its
    /// old and new link are held anew.
    private func rewrite(_ id: Int64, with article: Article, clock: inout PollClock, sitemap: inout Set<Int64>) throws {
        guard let row = try Row.fetchOne(storedDates, arguments: [id]) else { return }
        let oldLink: String? = row[2]
        if row[3] as Bool { sitemap.insert(id) }
        let storedUpdated = Date(timeIntervalSince1970: row[1])
        let updated = article.updated.flatMap { $0 > storedUpdated ? $0 : nil } ?? clock.nextRewrite(after: storedUpdated)
        let published = article.published ?? Date(timeIntervalSince1970: row[0])
        var values = ArticleColumns.values(for: article, encoder: encoder)
        values += [published.timeIntervalSince1970.databaseValue, updated.timeIntervalSince1970.databaseValue,
                   id.databaseValue]
        try updateArticle.execute(values, in: db)
        for link in Set([oldLink, article.canonicalLink].compactMap { $0 }) { try resetHolder(of: link, sitemap: &sitemap) }
    }

    private func resetHolder(of link: String, sitemap: inout Set<Int64>) throws {
        for changed in try Int64.fetchAll(resetSitemapHolder, arguments: [link]) { sitemap.insert(changed) }
    }
}

/// The times a poll stamps on articles the source gives no date for: its fetch time, one second earlier
/// for each further article, so that they are distinct (feeds show whole seconds) and keep the source's order.
package struct PollClock {
    package let fetchedAt: Date
    private var undated = 0
    private var rewritten = 0

    package init(fetchedAt: Date) { self.fetchedAt = fetchedAt }

    /// The first-seen time of the next undated article.
    package mutating func nextUndated() -> Date {
        defer { undated += 1 }
        return fetchedAt.addingTimeInterval(-Double(undated))
    }

    /// The `updated` of the next rewritten article without a date of its own: later than its stored one.
    package mutating func nextRewrite(after stored: Date) -> Date {
        defer { rewritten += 1 }
        let candidate = fetchedAt.addingTimeInterval(-Double(rewritten))
        return candidate > stored ? candidate : stored.addingTimeInterval(1)
    }
}
