import Foundation
import NewswireStore
import PostgresNIO

/// Retention, as the SQLite store prunes: articles not updated since the cutoff that no source lists any
/// more leave, with tombstones that keep them out, and their links' sitemap entries pass to the next article.
extension PostgresStore {
    public func prune(olderThan cutoff: Date) async throws(StoreError) -> Int {
        try await prune(olderThan: cutoff, sourceIDs: nil)
    }

    public func prune(olderThan cutoff: Date, sourceIDs: [String]) async throws(StoreError) -> Int {
        guard !sourceIDs.isEmpty else { return 0 }
        return try await prune(olderThan: cutoff, sourceIDs: Optional(sourceIDs))
    }

    private func prune(olderThan cutoff: Date, sourceIDs: [String]?) async throws(StoreError) -> Int {
        try await storeCall("pruning articles older than \(cutoff)") { client, logger in
            try await client.withTransaction(logger: logger) { connection in
                // Sitemap holders change: one writer of articles at a time (see PostgresArticleWriter).
                _ = try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresArticleWriter.articleWriteLock))",
                                               logger: logger)
                var candidates: PostgresQuery = """
                    SELECT a.id FROM articles a
                    WHERE a.id IN (SELECT article_id FROM memberships WHERE NOT listed)
                    AND a.updated < \(cutoff.timeIntervalSince1970)
                    AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.article_id = a.id AND m.listed)
                    """
                if let sourceIDs {
                    candidates = """
                        SELECT a.id FROM articles a
                        WHERE a.id IN (SELECT article_id FROM memberships WHERE source_id = ANY(\(sourceIDs)))
                        AND a.updated < \(cutoff.timeIntervalSince1970)
                        AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.article_id = a.id AND m.listed)
                        """
                }
                var stale: [Int64] = []
                for try await id in try await connection.query(candidates, logger: logger).decode(Int64.self) {
                    stale.append(id)
                }
                guard !stale.isEmpty else { return 0 }
                _ = try await connection.query("""
                    INSERT INTO tombstones (source_id, identity, removed)
                    SELECT source_id, identity, extract(epoch FROM now()) FROM memberships WHERE article_id = ANY(\(stale))
                    ON CONFLICT (source_id, identity) DO UPDATE SET removed = excluded.removed
                    """, logger: logger)
                var links = Set<String>()
                for try await link in try await connection.query("""
                    DELETE FROM articles WHERE id = ANY(\(stale)) RETURNING canonical_link
                    """, logger: logger).decode(String?.self) {
                    if let link { links.insert(link) }
                }
                if !links.isEmpty {
                    // Each link's first remaining article holds its entry, with the newest `updated` of them.
                    _ = try await connection.query("""
                        UPDATE articles SET sitemap_lastmod = CASE WHEN articles.id = h.first THEN h.newest END
                        FROM (SELECT canonical_link, min(id) AS first, max(updated) AS newest FROM articles
                              WHERE canonical_link = ANY(\(Array(links))) GROUP BY canonical_link) AS h
                        WHERE articles.canonical_link = h.canonical_link
                        AND articles.sitemap_lastmod IS DISTINCT FROM (CASE WHEN articles.id = h.first THEN h.newest END)
                        """, logger: logger)
                }
                return stale.count
            }
        }
    }
}
