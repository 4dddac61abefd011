import GRDB

/// The versioned schema of the SQLite store.
enum StoreMigrations {
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE sources (
                    id TEXT PRIMARY KEY NOT NULL,
                    url TEXT NOT NULL,
                    etag TEXT, last_modified TEXT, body_hash TEXT, permanent_url TEXT,
                    last_attempt REAL, last_success REAL, http_status INTEGER,
                    item_count INTEGER NOT NULL DEFAULT 0,
                    consecutive_failures INTEGER NOT NULL DEFAULT 0,
                    next_poll REAL, last_error TEXT, title TEXT, site_link TEXT
                );
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    atom_id TEXT NOT NULL UNIQUE,
                    canonical_link TEXT,
                    content_hash TEXT NOT NULL,
                    title_kind TEXT NOT NULL, title TEXT NOT NULL,
                    summary_kind TEXT, summary TEXT,
                    content_kind TEXT, content TEXT,
                    source_published REAL, source_updated REAL,
                    published REAL NOT NULL, updated REAL NOT NULL, first_seen REAL NOT NULL,
                    authors TEXT, categories TEXT, enclosures TEXT, language TEXT, rights TEXT
                );
                CREATE INDEX articles_by_link ON articles(canonical_link);
                CREATE INDEX articles_by_hash ON articles(content_hash);
                CREATE INDEX articles_by_published ON articles(published DESC, id DESC);
                CREATE TABLE memberships (
                    source_id TEXT NOT NULL,
                    identity TEXT NOT NULL,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    content_hash TEXT NOT NULL,
                    listed INTEGER NOT NULL DEFAULT 1,
                    first_seen REAL NOT NULL,
                    PRIMARY KEY (source_id, identity)
                ) WITHOUT ROWID;
                CREATE INDEX memberships_by_article ON memberships(article_id);
                CREATE TABLE tombstones (
                    source_id TEXT NOT NULL,
                    identity TEXT NOT NULL,
                    removed REAL NOT NULL,
                    PRIMARY KEY (source_id, identity)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2-html") { db in
            // Article pages of `follow = true` HTML sources, so unchanged list entries are not fetched again.
            try db.execute(sql: """
                CREATE TABLE html_article_pages (
                    source_id TEXT NOT NULL,
                    link TEXT NOT NULL,
                    list_fingerprint TEXT NOT NULL,
                    etag TEXT, last_modified TEXT,
                    extracted BLOB NOT NULL,
                    fetched_at REAL NOT NULL,
                    PRIMARY KEY (source_id, link)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3-prune-index") { db in
            // Pruning runs after every poll; without this it reads every article row (contents included).
            try db.execute(sql: "CREATE INDEX articles_by_updated ON articles(updated)")
        }
        migrator.registerMigration("v4-unlisted-index") { db in
            // Only articles some source stopped listing can be pruned: this keeps that set small to find,
            // where `updated < cutoff` alone matches nearly every article of a store older than retention.
            try db.execute(sql: "CREATE INDEX memberships_unlisted ON memberships(article_id) WHERE listed = 0")
        }
        migrator.registerMigration("v5-link-updated-index") { db in
            // The sitemap's `max(updated)` per link then reads the index alone, not every article row.
            try db.execute(sql: """
                DROP INDEX articles_by_link;
                CREATE INDEX articles_by_link_updated ON articles(canonical_link, updated);
                """)
        }
        migrator.registerMigration("v6-own-copies") { db in
            // Each source keeps its own copy of a story (its own link, title, date); copies of one story share
            // `story_id`, the id of its first copy (NULL on that first copy itself). `dedupe_hash` is the content
            // hash only where it may merge stories (substantial text): empty or title-only text never does.
            // Until v6 a duplicate's membership pointed at the other source's article: those memberships get an
            // empty hash, and their sources forget their validators, so that the next poll reads the document
            // again and stores the source's own copy.
            try db.execute(sql: """
                ALTER TABLE articles ADD COLUMN source_id TEXT;
                ALTER TABLE articles ADD COLUMN story_id INTEGER;
                ALTER TABLE articles ADD COLUMN dedupe_hash TEXT;
                UPDATE articles SET source_id = (SELECT m.source_id FROM memberships m WHERE m.article_id = articles.id
                                                 ORDER BY m.first_seen, m.source_id LIMIT 1);
                UPDATE memberships SET content_hash = ''
                    WHERE source_id IS NOT (SELECT a.source_id FROM articles a WHERE a.id = memberships.article_id);
                UPDATE sources SET etag = NULL, last_modified = NULL, body_hash = NULL
                    WHERE id IN (SELECT source_id FROM memberships WHERE content_hash = '');
                DROP INDEX articles_by_hash;
                CREATE INDEX articles_by_dedupe_hash ON articles(dedupe_hash) WHERE dedupe_hash IS NOT NULL;
                CREATE INDEX articles_by_story ON articles(story_id) WHERE story_id IS NOT NULL;
                CREATE TABLE feed_epochs (
                    feed_id TEXT PRIMARY KEY NOT NULL,
                    first_rendered REAL NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v7-sitemap-holders") { db in
            // Each canonical link's sitemap entry is held by the first article (lowest id) that carries it, with
            // the newest `updated` of those articles. The sitemap's parts are ranges of holder ids, so a change
            // rewrites only the part that holds it; the partial index lists a part's entries without reading
            // article rows.
            try db.execute(sql: """
                ALTER TABLE articles ADD COLUMN sitemap_lastmod REAL;
                UPDATE articles SET sitemap_lastmod = (SELECT max(b.updated) FROM articles b
                                                       WHERE b.canonical_link = articles.canonical_link)
                    WHERE id IN (SELECT min(id) FROM articles WHERE canonical_link IS NOT NULL GROUP BY canonical_link);
                CREATE INDEX articles_sitemap ON articles(id, canonical_link, sitemap_lastmod)
                    WHERE sitemap_lastmod IS NOT NULL;
                """)
        }
        migrator.registerMigration("v8-source-lists") { db in
            // The source lists of large combined feeds, stored once (see `SourceLists`): a list's members are
            // probed through the primary key, where a list passed as a parameter was built into a lookup table
            // by every query. Derived data: a list missing here is stored again when it is next used. Ids are
            // never reused (AUTOINCREMENT): a process that knows a deleted list's id must not find another there.
            try db.execute(sql: """
                CREATE TABLE source_lists (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    count INTEGER NOT NULL,
                    used REAL NOT NULL,
                    ids TEXT NOT NULL
                );
                CREATE TABLE source_list_members (
                    list INTEGER NOT NULL REFERENCES source_lists(id) ON DELETE CASCADE,
                    source_id TEXT NOT NULL,
                    PRIMARY KEY (list, source_id)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }

    /// Makes the first article carrying the link `?1` hold its sitemap entry, with the newest `updated` of
    /// those articles, and no other article hold it; returns the ids of the rows it changed.
    static let resetSitemapHolder = """
        UPDATE articles SET sitemap_lastmod = CASE WHEN articles.id = h.first THEN h.newest END
        FROM (SELECT min(id) AS first, max(updated) AS newest FROM articles WHERE canonical_link = ?1) AS h
        WHERE articles.canonical_link = ?1
        AND articles.sitemap_lastmod IS NOT (CASE WHEN articles.id = h.first THEN h.newest END)
        RETURNING articles.id
        """
}
