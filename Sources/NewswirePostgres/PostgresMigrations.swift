import Logging
import PostgresNIO

/// The PostgreSQL schema, as versioned migrations applied in order, each once, recorded in
/// `newswire_migrations`. The first is the SQLite store's schema as of its migration v8, in PostgreSQL
/// types (epoch seconds as `double precision`, so both stores hand the renderer the same values); later
/// ones follow the SQLite store's own, under the same names.
enum PostgresMigrations {
    static let all: [(name: String, sql: [String])] = [
        ("v8-baseline", [
            """
            CREATE TABLE sources (
                id text PRIMARY KEY,
                url text NOT NULL,
                etag text, last_modified text, body_hash text, permanent_url text,
                last_attempt double precision, last_success double precision, http_status integer,
                item_count integer NOT NULL DEFAULT 0,
                consecutive_failures integer NOT NULL DEFAULT 0,
                next_poll double precision, last_error text, title text, site_link text
            )
            """,
            """
            CREATE TABLE articles (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                atom_id text NOT NULL UNIQUE,
                canonical_link text,
                content_hash text NOT NULL,
                title_kind text NOT NULL, title text NOT NULL,
                summary_kind text, summary text,
                content_kind text, content text,
                source_published double precision, source_updated double precision,
                published double precision NOT NULL, updated double precision NOT NULL,
                first_seen double precision NOT NULL,
                authors text, categories text, enclosures text, language text, rights text,
                source_id text, story_id bigint, dedupe_hash text, sitemap_lastmod double precision
            )
            """,
            "CREATE INDEX articles_by_published ON articles (published DESC, id DESC)",
            "CREATE INDEX articles_by_updated ON articles (updated)",
            "CREATE INDEX articles_by_link_updated ON articles (canonical_link, updated)",
            "CREATE INDEX articles_by_dedupe_hash ON articles (dedupe_hash) WHERE dedupe_hash IS NOT NULL",
            "CREATE INDEX articles_by_story ON articles (story_id) WHERE story_id IS NOT NULL",
            """
            CREATE INDEX articles_sitemap ON articles (id) INCLUDE (canonical_link, sitemap_lastmod)
                WHERE sitemap_lastmod IS NOT NULL
            """,
            """
            CREATE TABLE memberships (
                source_id text NOT NULL,
                identity text NOT NULL,
                article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                content_hash text NOT NULL,
                listed boolean NOT NULL DEFAULT true,
                first_seen double precision NOT NULL,
                PRIMARY KEY (source_id, identity)
            )
            """,
            "CREATE INDEX memberships_by_article ON memberships (article_id)",
            "CREATE INDEX memberships_unlisted ON memberships (article_id) WHERE NOT listed",
            """
            CREATE TABLE tombstones (
                source_id text NOT NULL,
                identity text NOT NULL,
                removed double precision NOT NULL,
                PRIMARY KEY (source_id, identity)
            )
            """,
            """
            CREATE TABLE html_article_pages (
                source_id text NOT NULL,
                link text NOT NULL,
                list_fingerprint text NOT NULL,
                etag text, last_modified text,
                extracted bytea NOT NULL,
                fetched_at double precision NOT NULL,
                PRIMARY KEY (source_id, link)
            )
            """,
            "CREATE TABLE feed_epochs (feed_id text PRIMARY KEY, first_rendered double precision NOT NULL)",
        ]),
        // Several instances on one database: a source is polled by whoever holds its lease (owner, expiry on
        // the database's clock, a token incremented by each claim that fences the results of a lost lease);
        // one instance at a time renders, holding the one renderer lease; each instance beats its heart.
        ("v9-cluster", [
            """
            ALTER TABLE sources ADD COLUMN lease_owner text, ADD COLUMN lease_token bigint NOT NULL DEFAULT 0,
                ADD COLUMN lease_expires double precision
            """,
            "CREATE INDEX sources_by_next_poll ON sources (next_poll NULLS FIRST, id)",
            """
            CREATE TABLE renderer_lease (
                id integer PRIMARY KEY CHECK (id = 1),
                owner text, token bigint NOT NULL DEFAULT 0, expires double precision
            )
            """,
            "INSERT INTO renderer_lease (id) VALUES (1)",
            """
            CREATE TABLE instances (
                name text PRIMARY KEY,
                pid integer NOT NULL, host text NOT NULL,
                started double precision NOT NULL, heartbeat double precision NOT NULL
            )
            """,
        ]),
    ]

    /// Text is stored as UTF-8, as in the SQLite store: a database in another encoding would refuse some of it
    /// (or, as SQL_ASCII, keep bytes without checking them).
    struct WrongEncoding: Error, CustomStringConvertible {
        var encoding: String
        var description: String {
            "the database's encoding is \(encoding); newswire needs UTF8 (CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0)"
        }
    }

    /// Applies the migrations this database lacks, in one transaction under an advisory lock, so that
    /// instances starting together migrate once. Returns the names it applied.
    static func migrate(_ client: PostgresClient, logger: Logger) async throws -> [String] {
        try await client.withTransaction(logger: logger) { connection in
            // The lock's key: "newswire" in ASCII, as a 64-bit number; released at commit.
            _ = try await connection.query("SELECT pg_advisory_xact_lock(7813011370577456485)", logger: logger)
            for try await encoding in try await connection.query("SHOW server_encoding", logger: logger).decode(String.self)
            where encoding != "UTF8" {
                throw WrongEncoding(encoding: encoding)
            }
            _ = try await connection.query("""
                CREATE TABLE IF NOT EXISTS newswire_migrations (
                    name text PRIMARY KEY,
                    applied timestamptz NOT NULL DEFAULT now()
                )
                """, logger: logger)
            var applied = Set<String>()
            for try await name in try await connection.query("SELECT name FROM newswire_migrations", logger: logger)
                .decode(String.self) {
                applied.insert(name)
            }
            var done: [String] = []
            for migration in all where !applied.contains(migration.name) {
                for statement in migration.sql {
                    _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                _ = try await connection.query("INSERT INTO newswire_migrations (name) VALUES (\(migration.name))",
                                               logger: logger)
                done.append(migration.name)
            }
            return done
        }
    }
}
