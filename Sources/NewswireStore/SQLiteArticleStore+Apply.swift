import Foundation
import GRDB
import NewswireModel

extension SQLiteArticleStore {
    public func apply(_ update: SourceUpdate, mintAtomID: AtomIDMinter) throws -> UpdateSummary {
        try write { db in
            var summary = UpdateSummary()
            let source = update.state.sourceID
            try db.cachedStatement(sql: "UPDATE memberships SET listed = 0 WHERE source_id = ?")
                .execute(arguments: [source])
            var seen = Set<String>()
            for article in update.articles where seen.insert(article.identity).inserted {
                try Self.apply(article, source: source, at: update.fetchedAt, in: db, mint: mintAtomID,
                               summary: &summary)
            }
            try Self.save(update.state, in: db)
            return summary
        }
    }

    private static func apply(_ article: Article, source: String, at now: Date, in db: Database,
                              mint: AtomIDMinter, summary: inout UpdateSummary) throws {
        if try Row.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM tombstones WHERE source_id = ? AND identity = ?"),
                            arguments: [source, article.identity]) != nil {
            summary.tombstoned += 1
            return
        }
        let member = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT article_id, content_hash FROM memberships WHERE source_id = ? AND identity = ?"),
            arguments: [source, article.identity])
        if let member {
            let articleID: Int64 = member["article_id"]
            if (member["content_hash"] as String) == article.contentHash {
                summary.unchanged += 1
            } else {
                try updateArticle(articleID, with: article, at: now, in: db)
                summary.updated += 1
            }
            try db.cachedStatement(sql: """
                UPDATE memberships SET listed = 1, content_hash = ? WHERE source_id = ? AND identity = ?
                """).execute(arguments: [article.contentHash, source, article.identity])
            return
        }
        let articleID: Int64
        if let existing = try existingArticle(matching: article, in: db) {
            articleID = existing
            summary.duplicates += 1
        } else {
            articleID = try insertArticle(article, atomID: mint(source, article, now), at: now, in: db)
            summary.inserted += 1
        }
        try db.cachedStatement(sql: """
            INSERT INTO memberships (source_id, identity, article_id, content_hash, listed, first_seen)
            VALUES (?, ?, ?, ?, 1, ?)
            """).execute(arguments: [source, article.identity, articleID, article.contentHash, now.timeIntervalSince1970])
    }

    /// The same article stored from anywhere: same canonical link, else same content hash.
    private static func existingArticle(matching article: Article, in db: Database) throws -> Int64? {
        if let link = article.canonicalLink,
           let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE canonical_link = ? LIMIT 1"),
                                       arguments: [link]) {
            return id
        }
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE content_hash = ? LIMIT 1"),
                                  arguments: [article.contentHash])
    }

    private static func insertArticle(_ article: Article, atomID: String, at now: Date, in db: Database) throws -> Int64 {
        let published = article.published ?? article.updated ?? now
        let updated = article.updated ?? published
        var arguments = ArticleColumns.arguments(for: article)
        arguments += [atomID, published.timeIntervalSince1970, updated.timeIntervalSince1970, now.timeIntervalSince1970]
        try db.cachedStatement(sql: """
            INSERT INTO articles (\(ArticleColumns.contentColumns.joined(separator: ", ")),
                atom_id, published, updated, first_seen)
            VALUES (\(Array(repeating: "?", count: ArticleColumns.contentColumns.count + 4).joined(separator: ", ")))
            """).execute(arguments: arguments)
        return db.lastInsertedRowID
    }

    /// A new content hash for a known identity: same entry, new `<updated>`.
    private static func updateArticle(_ id: Int64, with article: Article, at now: Date, in db: Database) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT published, updated FROM articles WHERE id = ?"),
                                         arguments: [id]) else { return }
        let storedUpdated = Date(timeIntervalSince1970: row["updated"])
        let updated = article.updated.flatMap { $0 > storedUpdated ? $0 : nil } ?? max(now, storedUpdated)
        let published = article.published ?? Date(timeIntervalSince1970: row["published"])
        var arguments = ArticleColumns.arguments(for: article)
        arguments += [published.timeIntervalSince1970, updated.timeIntervalSince1970, id]
        let assignments = ArticleColumns.contentColumns.map { "\($0) = ?" }.joined(separator: ", ")
        try db.cachedStatement(sql: "UPDATE articles SET \(assignments), published = ?, updated = ? WHERE id = ?")
            .execute(arguments: arguments)
    }
}
