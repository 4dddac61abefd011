import Foundation
import GRDB
import Logging
import NewswireModel
import NewswireStore
import PostgresNIO

/// `ArticleWriter`'s rules on PostgreSQL, inside one transaction per source update: each source keeps its
/// own copy of a story, a copy of a story stored from another source joins it, the first article that
/// carries a link holds its sitemap entry. What is the same for every article of a document (its source's
/// memberships and tombstones, relisting, new memberships) takes one statement for the whole document;
/// each new or changed article takes its own few.
struct PostgresArticleWriter {
    let connection: PostgresConnection
    let logger: Logger
    private let encoder = ArticleColumns.makeEncoder()

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// A membership of the source, with whether its article is the source's own copy.
    private struct Member {
        var article: Int64
        var contentHash: String
        var isOwn: Bool
    }

    func apply(_ update: SourceUpdate, mint: AtomIDMinter) async throws -> UpdateSummary {
        var summary = UpdateSummary()
        let source = update.state.sourceID
        // One writer of articles at a time across instances: a story's first copy and a link's sitemap holder
        // are decided from what is stored, as in SQLite's single writer.
        _ = try await run("SELECT pg_advisory_xact_lock(\(Self.articleWriteLock))")
        var seen = Set<String>()
        let articles = update.articles.filter { seen.insert($0.identity).inserted }
        let identities = articles.map(\.identity)
        var tombstoned = Set<String>()
        for try await identity in try await run("""
            SELECT identity FROM tombstones WHERE source_id = \(source) AND identity = ANY(\(identities))
            """).decode(String.self) {
            tombstoned.insert(identity)
        }
        _ = try await run("UPDATE memberships SET listed = false WHERE source_id = \(source) AND listed")
        var members: [String: Member] = [:]
        for try await (identity, article, hash, isOwn) in try await run("""
            SELECT m.identity, m.article_id, m.content_hash, a.source_id IS NOT DISTINCT FROM \(source)
            FROM memberships m JOIN articles a ON a.id = m.article_id
            WHERE m.source_id = \(source) AND m.identity = ANY(\(identities))
            """).decode((String, Int64, String, Bool).self) {
            members[identity] = Member(article: article, contentHash: hash, isOwn: isOwn)
        }
        var relisted: (identities: [String], hashes: [String]) = ([], [])
        var repointed: (identities: [String], articles: [Int64]) = ([], [])
        var added: (identities: [String], articles: [Int64], hashes: [String]) = ([], [], [])
        var clock = PollClock(fetchedAt: update.fetchedAt)
        for article in articles {
            if tombstoned.contains(article.identity) {
                summary.tombstoned += 1
                continue
            }
            if let member = members[article.identity] {
                if member.contentHash == article.contentHash {
                    summary.unchanged += 1
                } else if member.isOwn {
                    try await rewrite(member.article, with: article, clock: &clock, sitemap: &summary.sitemapHolders)
                    summary.updated += 1
                } else {
                    let own = try await storeCopy(article, source: source, mint: mint, clock: &clock,
                                                  sitemap: &summary.sitemapHolders).id
                    repointed.identities.append(article.identity)
                    repointed.articles.append(own)
                    summary.updated += 1
                }
                relisted.identities.append(article.identity)
                relisted.hashes.append(article.contentHash)
                continue
            }
            let stored = try await storeCopy(article, source: source, mint: mint, clock: &clock,
                                             sitemap: &summary.sitemapHolders)
            if stored.isNewStory { summary.inserted += 1 } else { summary.duplicates += 1 }
            added.identities.append(article.identity)
            added.articles.append(stored.id)
            added.hashes.append(article.contentHash)
        }
        if !repointed.identities.isEmpty {
            _ = try await run("""
                UPDATE memberships m SET article_id = v.article FROM unnest(\(repointed.identities), \(repointed.articles))
                    AS v(identity, article)
                WHERE m.source_id = \(source) AND m.identity = v.identity
                """)
        }
        if !relisted.identities.isEmpty {
            _ = try await run("""
                UPDATE memberships m SET listed = true, content_hash = v.hash FROM unnest(\(relisted.identities),
                    \(relisted.hashes)) AS v(identity, hash)
                WHERE m.source_id = \(source) AND m.identity = v.identity
                """)
        }
        if !added.identities.isEmpty {
            _ = try await run("""
                INSERT INTO memberships (source_id, identity, article_id, content_hash, listed, first_seen)
                SELECT \(source), v.identity, v.article, v.hash, true, \(update.fetchedAt.timeIntervalSince1970)
                FROM unnest(\(added.identities), \(added.articles), \(added.hashes)) AS v(identity, article, hash)
                """)
        }
        _ = try await run(PostgresStore.saveQuery(update.state))
        return summary
    }

    /// "newswire-articles" folded into a 64-bit advisory lock key.
    static let articleWriteLock: Int64 = 7_813_011_370_577_456_486

    /// The article row for a new identity of `source` (see `ArticleWriter.storeCopy`).
    private func storeCopy(_ article: Article, source: String, mint: AtomIDMinter, clock: inout PollClock,
                           sitemap: inout Set<Int64>) async throws -> (id: Int64, isNewStory: Bool) {
        var match: (id: Int64, isOwn: Bool, story: Int64)?
        if let link = article.canonicalLink {
            match = try await firstCopy("canonical_link", link, source: source)
        }
        let linkIsStored = match != nil
        if match == nil, article.hashIsDedupeKey {
            match = try await firstCopy("dedupe_hash", article.contentHash, source: source)
        }
        if let match, match.isOwn { return (match.id, false) }
        let story = match?.story
        let holdsLink = article.canonicalLink != nil && !linkIsStored
        let id = try await insert(article, source: source, story: story, atomID: mint(source, article, clock.fetchedAt),
                                  holdsLink: holdsLink, clock: &clock)
        if holdsLink {
            sitemap.insert(id)
        } else if let link = article.canonicalLink {
            try await resetHolder(of: link, sitemap: &sitemap)
        }
        return (id, story == nil)
    }

    /// The source's own copy with this `column` value, else the first copy: (id, own, story id).
    private func firstCopy(_ column: String, _ value: String, source: String) async throws -> (id: Int64, isOwn: Bool, story: Int64)? {
        var query = PostgresQuery(unsafeSQL: """
            SELECT id, source_id IS NOT DISTINCT FROM $2, coalesce(story_id, id) FROM articles WHERE \(column) = $1
            ORDER BY source_id IS NOT DISTINCT FROM $2 DESC, id LIMIT 1
            """)
        query.binds.append(value)
        query.binds.append(source)
        for try await row in try await run(query).decode((Int64, Bool, Int64).self) { return row }
        return nil
    }

    private func insert(_ article: Article, source: String, story: Int64?, atomID: String, holdsLink: Bool,
                        clock: inout PollClock) async throws -> Int64 {
        let published = article.published ?? article.updated ?? clock.nextUndated()
        let updated = article.updated ?? published
        let columns = ArticleColumns.contentColumns + ["atom_id", "published", "updated", "first_seen", "source_id",
                                                        "story_id", "sitemap_lastmod"]
        var query = PostgresQuery(unsafeSQL: """
            INSERT INTO articles (\(columns.joined(separator: ", ")))
            VALUES (\((1...columns.count).map { "$\($0)" }.joined(separator: ", "))) RETURNING id
            """)
        var values = ArticleColumns.values(for: article, encoder: encoder)
        values += [atomID.databaseValue, published.timeIntervalSince1970.databaseValue,
                   updated.timeIntervalSince1970.databaseValue, clock.fetchedAt.timeIntervalSince1970.databaseValue,
                   source.databaseValue, story.databaseValue, (holdsLink ? updated.timeIntervalSince1970 : nil).databaseValue]
        for value in values { query.binds.append(value) }
        for try await id in try await run(query).decode(Int64.self) { return id }
        throw PostgresWriteError.noRowReturned("INSERT INTO articles")
    }

    /// A new content hash for a known identity (see `ArticleWriter.rewrite`).
    private func rewrite(_ id: Int64, with article: Article, clock: inout PollClock, sitemap: inout Set<Int64>) async throws {
        var stored: (published: Double, updated: Double, link: String?, holds: Bool)?
        for try await row in try await run("""
            SELECT published, updated, canonical_link, sitemap_lastmod IS NOT NULL FROM articles WHERE id = \(id)
            """).decode((Double, Double, String?, Bool).self) {
            stored = row
        }
        guard let stored else { return }
        if stored.holds { sitemap.insert(id) }
        let storedUpdated = Date(timeIntervalSince1970: stored.updated)
        let updated = article.updated.flatMap { $0 > storedUpdated ? $0 : nil } ?? clock.nextRewrite(after: storedUpdated)
        let published = article.published ?? Date(timeIntervalSince1970: stored.published)
        let columns = ArticleColumns.contentColumns
        var query = PostgresQuery(unsafeSQL: """
            UPDATE articles SET \(columns.enumerated().map { "\($1) = $\($0 + 1)" }.joined(separator: ", ")),
                published = $\(columns.count + 1), updated = $\(columns.count + 2), sitemap_lastmod = NULL
            WHERE id = $\(columns.count + 3)
            """)
        var values = ArticleColumns.values(for: article, encoder: encoder)
        values += [published.timeIntervalSince1970.databaseValue, updated.timeIntervalSince1970.databaseValue,
                   id.databaseValue]
        for value in values { query.binds.append(value) }
        _ = try await run(query)
        for link in Set([stored.link, article.canonicalLink].compactMap { $0 }) {
            try await resetHolder(of: link, sitemap: &sitemap)
        }
    }

    /// The first article carrying `link` holds its entry, with the newest `updated` of those articles.
    private func resetHolder(of link: String, sitemap: inout Set<Int64>) async throws {
        for try await changed in try await run("""
            UPDATE articles SET sitemap_lastmod = CASE WHEN articles.id = h.first THEN h.newest END
            FROM (SELECT min(id) AS first, max(updated) AS newest FROM articles WHERE canonical_link = \(link)) AS h
            WHERE articles.canonical_link = \(link)
            AND articles.sitemap_lastmod IS DISTINCT FROM (CASE WHEN articles.id = h.first THEN h.newest END)
            RETURNING articles.id
            """).decode(Int64.self) {
            sitemap.insert(changed)
        }
    }

    private func run(_ query: PostgresQuery) async throws -> PostgresRowSequence {
        try await connection.query(query, logger: logger)
    }
}

enum PostgresWriteError: Error, CustomStringConvertible {
    case noRowReturned(String)
    var description: String {
        switch self {
        case .noRowReturned(let statement): "\(statement) returned no row"
        }
    }
}
