import Foundation
import NewswireStore
import PostgresNIO

/// What the renderer reads besides articles: feed epochs, sitemap entries, source labels (as the SQLite
/// store answers them).
extension PostgresStore {
    public func feedEpoch(feedID: String, now: Date) async throws(StoreError) -> Date {
        try await storeCall("recording the epoch of feed \(feedID)") { client, logger in
            // Inserted when absent, else left: the row after the statement is the first render's either way.
            let rows = try await client.query("""
                WITH inserted AS (
                    INSERT INTO feed_epochs (feed_id, first_rendered) VALUES (\(feedID), \(now.timeIntervalSince1970.rounded(.down)))
                    ON CONFLICT (feed_id) DO NOTHING RETURNING first_rendered)
                SELECT first_rendered FROM inserted
                UNION ALL SELECT first_rendered FROM feed_epochs WHERE feed_id = \(feedID)
                LIMIT 1
                """, logger: logger)
            for try await seconds in rows.decode(Double.self) { return Date(timeIntervalSince1970: seconds) }
            return now
        }
    }

    public func sitemapEntries(heldIn ids: ClosedRange<Int64>) async throws(StoreError) -> [SitemapEntry] {
        try await storeCall("reading sitemap entries") { client, logger in
            // Ordered by link as SQLite orders text (bytes), not by the database's collation.
            let rows = try await client.query("""
                SELECT canonical_link, sitemap_lastmod FROM articles
                WHERE sitemap_lastmod IS NOT NULL AND id BETWEEN \(ids.lowerBound) AND \(ids.upperBound)
                ORDER BY canonical_link COLLATE "C"
                """, logger: logger)
            var entries: [SitemapEntry] = []
            for try await (link, lastmod) in rows.decode((String, Double).self) {
                entries.append(SitemapEntry(link: link, lastmod: Date(timeIntervalSince1970: lastmod)))
            }
            return entries
        }
    }

    public func firstSitemapHolder(from id: Int64) async throws(StoreError) -> Int64? {
        try await storeCall("finding a sitemap part") { client, logger in
            let rows = try await client.query("""
                SELECT id FROM articles WHERE sitemap_lastmod IS NOT NULL AND id >= \(id) ORDER BY id LIMIT 1
                """, logger: logger)
            for try await holder in rows.decode(Int64.self) { return holder }
            return nil
        }
    }

    /// Title and site link of these sources (of every source when nil) that have a fetch state.
    public func sourceLabels(of ids: [String]?) async throws(StoreError) -> [String: SourceLabel] {
        if ids?.isEmpty == true { return [:] }
        return try await storeCall("reading source titles") { client, logger in
            let query: PostgresQuery = if let ids {
                "SELECT id, title, site_link FROM sources WHERE id = ANY(\(ids))"
            } else {
                "SELECT id, title, site_link FROM sources"
            }
            var labels: [String: SourceLabel] = [:]
            for try await (id, title, siteLink) in try await client.query(query, logger: logger)
                .decode((String, String?, String?).self) {
                labels[id] = SourceLabel(title: title, siteLink: siteLink)
            }
            return labels
        }
    }
}
