import Foundation
import GRDB
import NewswireModel

/// Applies source updates inside one write transaction, with its statements prepared once for the
/// whole batch. Per article it looks up only what can exist: a source that has never been stored
/// has no memberships or tombstones to check.
struct ArticleWriter {
    private let db: Database
    private let encoder = JSONEncoder()
    private let sourceRows: Statement
    private let tombstone: Statement
    private let membership: Statement
    private let unlistAll: Statement
    private let relist: Statement
    private let sameArticle: Statement
    private let insertArticle: Statement
    private let insertMembership: Statement
    private let storedDates: Statement
    private let updateArticle: Statement

    init(_ db: Database) throws {
        self.db = db
        sourceRows = try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM tombstones WHERE source_id = ?1),
                   EXISTS (SELECT 1 FROM memberships WHERE source_id = ?1)
            """)
        tombstone = try db.cachedStatement(sql: "SELECT 1 FROM tombstones WHERE source_id = ? AND identity = ?")
        membership = try db.cachedStatement(sql: """
            SELECT article_id, content_hash FROM memberships WHERE source_id = ? AND identity = ?
            """)
        unlistAll = try db.cachedStatement(sql: "UPDATE memberships SET listed = 0 WHERE source_id = ? AND listed = 1")
        relist = try db.cachedStatement(sql: """
            UPDATE memberships SET listed = 1, content_hash = ? WHERE source_id = ? AND identity = ?
            """)
        // The same article stored from anywhere: same canonical link, else same content hash.
        sameArticle = try db.cachedStatement(sql: """
            SELECT coalesce((SELECT id FROM articles WHERE canonical_link = ?1 LIMIT 1),
                            (SELECT id FROM articles WHERE content_hash = ?2 LIMIT 1))
            """)
        let columns = ArticleColumns.contentColumns
        insertArticle = try db.cachedStatement(sql: """
            INSERT INTO articles (\(columns.joined(separator: ", ")), atom_id, published, updated, first_seen)
            VALUES (\(Array(repeating: "?", count: columns.count + 4).joined(separator: ", ")))
            """)
        insertMembership = try db.cachedStatement(sql: """
            INSERT INTO memberships (source_id, identity, article_id, content_hash, listed, first_seen)
            VALUES (?, ?, ?, ?, 1, ?)
            """)
        storedDates = try db.cachedStatement(sql: "SELECT published, updated FROM articles WHERE id = ?")
        updateArticle = try db.cachedStatement(sql: """
            UPDATE articles SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")), published = ?, updated = ?
            WHERE id = ?
            """)
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

    /// Stores the state and articles of one successful parse.
    func apply(_ update: SourceUpdate, mint: AtomIDMinter) throws -> UpdateSummary {
        var summary = UpdateSummary()
        let source = update.state.sourceID
        let known = try Row.fetchOne(sourceRows, arguments: [source])
        let hasTombstones: Bool = known?[0] ?? true, hasMemberships: Bool = known?[1] ?? true
        if hasMemberships { try unlistAll.execute(arguments: [source]) }
        var seen = Set<String>()
        for article in update.articles where seen.insert(article.identity).inserted {
            if hasTombstones, try Row.fetchOne(tombstone, arguments: [source, article.identity]) != nil {
                summary.tombstoned += 1
                continue
            }
            if hasMemberships, let member = try Row.fetchOne(membership, arguments: [source, article.identity]) {
                if (member[1] as String) == article.contentHash {
                    summary.unchanged += 1
                } else {
                    try rewrite(member[0], with: article, at: update.fetchedAt)
                    summary.updated += 1
                }
                try relist.execute(arguments: [article.contentHash, source, article.identity])
                continue
            }
            let articleID: Int64
            if let existing = try Int64.fetchOne(sameArticle, arguments: [article.canonicalLink, article.contentHash]) {
                articleID = existing
                summary.duplicates += 1
            } else {
                articleID = try insert(article, atomID: mint(source, article, update.fetchedAt), at: update.fetchedAt)
                summary.inserted += 1
            }
            try insertMembership.execute(arguments: [
                source, article.identity, articleID, article.contentHash, update.fetchedAt.timeIntervalSince1970,
            ])
        }
        try save(update.state)
        return summary
    }

    /// Records the fetch state of a source.
    func save(_ state: SourceFetchState) throws {
        try SQLiteArticleStore.save(state, in: db)
    }

    private func insert(_ article: Article, atomID: String, at now: Date) throws -> Int64 {
        let published = article.published ?? article.updated ?? now
        let updated = article.updated ?? published
        var values = ArticleColumns.values(for: article, encoder: encoder)
        values += [atomID.databaseValue, published.timeIntervalSince1970.databaseValue,
                   updated.timeIntervalSince1970.databaseValue, now.timeIntervalSince1970.databaseValue]
        // The statement and these values are this writer's own: no need to count the values again.
        insertArticle.setUncheckedArguments(StatementArguments(values))
        try insertArticle.execute()
        return db.lastInsertedRowID
    }

    /// A new content hash for a known identity: same entry, new `<updated>`.
    private func rewrite(_ id: Int64, with article: Article, at now: Date) throws {
        guard let row = try Row.fetchOne(storedDates, arguments: [id]) else { return }
        let storedUpdated = Date(timeIntervalSince1970: row[1])
        let updated = article.updated.flatMap { $0 > storedUpdated ? $0 : nil } ?? max(now, storedUpdated)
        let published = article.published ?? Date(timeIntervalSince1970: row[0])
        var values = ArticleColumns.values(for: article, encoder: encoder)
        values += [published.timeIntervalSince1970.databaseValue, updated.timeIntervalSince1970.databaseValue,
                   id.databaseValue]
        updateArticle.setUncheckedArguments(StatementArguments(values))
        try updateArticle.execute()
    }
}
