import Foundation
import GRDB

extension SQLiteArticleStore: ArticlePageCache {
    /// Every cached page of `sourceID`, by link.
    public func cachedArticlePages(sourceID: String) throws -> [String: CachedArticlePage] {
        try read { db in
            var pages: [String: CachedArticlePage] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM html_article_pages WHERE source_id = ?",
                                        arguments: [sourceID]) {
                let page = CachedArticlePage(
                    sourceID: row["source_id"], link: row["link"], listFingerprint: row["list_fingerprint"],
                    etag: row["etag"], lastModified: row["last_modified"], extracted: row["extracted"],
                    fetchedAt: Date(timeIntervalSince1970: row["fetched_at"]))
                pages[page.link] = page
            }
            return pages
        }
    }

    /// Makes `pages` the whole cache of `sourceID`, in one transaction.
    public func replaceArticlePages(sourceID: String, with pages: [CachedArticlePage]) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM html_article_pages WHERE source_id = ?", arguments: [sourceID])
            let insert = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO html_article_pages
                    (source_id, link, list_fingerprint, etag, last_modified, extracted, fetched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for page in pages {
                try insert.execute(arguments: [sourceID, page.link, page.listFingerprint, page.etag, page.lastModified,
                                               page.extracted, page.fetchedAt.timeIntervalSince1970])
            }
        }
    }
}
