#!/usr/bin/env python3
"""The peer of `newswire regenerate` in bench/run: a plain Python aggregator doing the same job.
Fetches every corpus feed from BASE_URL with aiohttp (64 in flight, conditional GET with the
ETag/Last-Modified stored in SQLite), parses with fastfeedparser, normalizes minimally (id = guid or
link, content hash over title + text), dedupes into SQLite on disk (articles keyed by content hash;
each source's entries; sources with their fetch state; one transaction per source), and writes with
feedgen one Atom feed per source (newest 50 entries) and one over all sources, plus sitemap.xml
(split past 50,000 URLs). A file is written only when its bytes change, and a run in which no source
changed renders nothing. Parsing runs on the event loop's thread, as a simple aggregator would.
Usage: peer_aggregator.py BASE_URL CORPUS SITE_DIR   (state in SITE_DIR/state, output in SITE_DIR/public)
Prints one line: sources, 200s, 304s, failures, entries and articles stored."""
import asyncio
import hashlib
import os
import sqlite3
import sys
from datetime import datetime, timezone
from xml.sax.saxutils import escape

import aiohttp
import fastfeedparser
from feedgen.feed import FeedGenerator

ENTRIES_PER_FEED = 50
SITEMAP_URLS = 50_000
SCHEMA = """
CREATE TABLE IF NOT EXISTS sources(id TEXT PRIMARY KEY, url TEXT NOT NULL, title TEXT, etag TEXT,
  last_modified TEXT, status INTEGER, error TEXT, checked TEXT);
CREATE TABLE IF NOT EXISTS articles(hash TEXT PRIMARY KEY, link TEXT, title TEXT, content TEXT,
  published TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries(source TEXT NOT NULL, entry_id TEXT NOT NULL, hash TEXT NOT NULL,
  link TEXT, published TEXT NOT NULL, PRIMARY KEY(source, entry_id));
CREATE INDEX IF NOT EXISTS entries_by_date ON entries(source, published);
CREATE INDEX IF NOT EXISTS articles_by_date ON articles(published);
"""


def normalize(entry, now):
    """(entry id, content hash, link, title, text, published) of one parsed entry; None if it has no identity."""
    link = entry.get("link") or next((e.get("url") for e in entry.get("enclosures") or []), None)
    entry_id = entry.get("id") or link
    if not entry_id:
        return None
    title = entry.get("title") or ""
    content = entry.get("content")
    text = (content[0].get("value") if content else None) or entry.get("description") or ""
    # An item with neither title nor text (an enclosure) is its own article, not one with every other.
    key = f"{title}\n{text}" if title or text else f"id\n{entry_id}"
    digest = hashlib.sha256(key.encode()).hexdigest()
    return entry_id, digest, link, title, text, entry.get("published") or entry.get("updated") or now


class Peer:
    def __init__(self, base, corpus, site):
        paths = [line.strip() for line in open(os.path.join(corpus, "feeds.txt")) if line.strip()]
        self.sources = [(f"feed{index}", base + path) for index, path in enumerate(paths)]
        self.public = os.path.join(site, "public")
        os.makedirs(os.path.join(site, "state"), exist_ok=True)
        os.makedirs(os.path.join(self.public, "feeds"), exist_ok=True)
        self.db = sqlite3.connect(os.path.join(site, "state", "peer.sqlite"), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self.now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        self.changed, self.counts = [], {"200": 0, "304": 0, "failed": 0}

    async def run(self):
        known = {row[0]: row[1:] for row in self.db.execute("SELECT id, etag, last_modified FROM sources")}
        connector = aiohttp.TCPConnector(limit=64, limit_per_host=64)
        async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as session:
            await asyncio.gather(*(self.poll(session, source, known.get(source[0], (None, None)))
                                   for source in self.sources))

    async def poll(self, session, source, validators):
        headers = {"User-Agent": "peer-aggregator"}
        if validators[0]:
            headers["If-None-Match"] = validators[0]
        if validators[1]:
            headers["If-Modified-Since"] = validators[1]
        try:
            async with session.get(source[1], headers=headers) as response:
                status, body = response.status, await response.read()
                etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            return self.failed(source, repr(error))
        if status == 304:
            self.counts["304"] += 1
            return
        if status != 200:
            return self.failed(source, f"HTTP {status}")
        try:
            feed = fastfeedparser.parse(body)
        except Exception as error:  # fastfeedparser raises ValueError and lxml's errors alike
            return self.failed(source, repr(error))
        self.counts["200"] += 1
        self.store(source, feed, etag, modified)

    def failed(self, source, error):
        self.counts["failed"] += 1
        self.db.execute("INSERT INTO sources(id, url, error, checked) VALUES (?, ?, ?, ?) ON CONFLICT(id) "
                        "DO UPDATE SET error = excluded.error, checked = excluded.checked",
                        (source[0], source[1], error, self.now))

    def store(self, source, feed, etag, modified):
        rows = [row for row in (normalize(entry, self.now) for entry in feed.entries) if row]
        db, before = self.db, self.db.total_changes
        db.execute("BEGIN")
        db.executemany("INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                       [(digest, link, title, text, published, source[0])
                        for _, digest, link, title, text, published in rows])
        # An entry keeps its first date (the fetch time of an undated one), so a re-fetch changes nothing.
        db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?) ON CONFLICT(source, entry_id) DO UPDATE SET "
                       "hash = excluded.hash, link = excluded.link WHERE hash IS NOT excluded.hash "
                       "OR link IS NOT excluded.link",
                       [(source[0], entry_id, digest, link, published)
                        for entry_id, digest, link, _, _, published in rows])
        entries_changed = db.total_changes != before
        db.execute("INSERT INTO sources VALUES (?, ?, ?, ?, ?, 200, NULL, ?) ON CONFLICT(id) DO UPDATE SET "
                   "title = excluded.title, etag = excluded.etag, last_modified = excluded.last_modified, "
                   "status = 200, error = NULL, checked = excluded.checked",
                   (source[0], source[1], feed.feed.get("title") or source[0], etag, modified, self.now))
        db.execute("COMMIT")
        if entries_changed:
            self.changed.append(source[0])

    def render(self):
        for source in self.changed:
            title, url = self.db.execute("SELECT title, url FROM sources WHERE id = ?", (source,)).fetchone()
            rows = self.db.execute(
                "SELECT e.entry_id, coalesce(e.link, a.link), a.title, a.content, e.published FROM entries e "
                "JOIN articles a ON a.hash = e.hash WHERE e.source = ? ORDER BY e.published DESC LIMIT ?",
                (source, ENTRIES_PER_FEED)).fetchall()
            self.write_feed(f"feeds/{source}.xml", url, title, rows)
        if self.changed:
            rows = self.db.execute("SELECT hash, link, title, content, published FROM articles "
                                   "ORDER BY published DESC LIMIT ?", (ENTRIES_PER_FEED,)).fetchall()
            self.write_feed("feeds/all.xml", "urn:peer:all", "All", [("urn:sha256:" + r[0],) + r[1:] for r in rows])
            self.write_sitemap()

    def write_feed(self, path, feed_id, title, rows):
        generator = FeedGenerator()
        generator.id(feed_id)
        generator.title(title)
        generator.link(href="https://feeds.example.org/" + path, rel="self")
        generator.updated(datetime.fromisoformat(rows[0][4] if rows else "1970-01-01T00:00:00+00:00"))
        for entry_id, link, entry_title, text, published in reversed(rows):  # feedgen prepends
            entry = generator.add_entry()
            entry.id(entry_id)
            entry.title(entry_title or link or entry_id)
            entry.updated(datetime.fromisoformat(published))
            if link:
                entry.link(href=link, rel="alternate")
            if text or not link:
                entry.content(text or entry_id, type="html")
        write_if_changed(os.path.join(self.public, path), generator.atom_str(pretty=False))

    def write_sitemap(self):
        urls = self.db.execute("SELECT link, max(published) FROM articles WHERE link IS NOT NULL "
                               "GROUP BY link ORDER BY link").fetchall()
        chunks = [urls[i:i + SITEMAP_URLS] for i in range(0, len(urls), SITEMAP_URLS)] or [[]]
        bodies = ["".join(f"<url><loc>{escape(link)}</loc><lastmod>{date[:10]}</lastmod></url>\n" for link, date in chunk)
                  for chunk in chunks]
        head = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        if len(bodies) == 1:
            return write_if_changed(os.path.join(self.public, "sitemap.xml"), (head + bodies[0] + "</urlset>\n").encode())
        os.makedirs(os.path.join(self.public, "sitemaps"), exist_ok=True)
        index = ['<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n']
        for number, body in enumerate(bodies, 1):
            write_if_changed(os.path.join(self.public, "sitemaps", f"sitemap-{number}.xml"),
                             (head + body + "</urlset>\n").encode())
            index.append(f"<sitemap><loc>https://feeds.example.org/sitemaps/sitemap-{number}.xml</loc></sitemap>\n")
        write_if_changed(os.path.join(self.public, "sitemap.xml"), ("".join(index) + "</sitemapindex>\n").encode())


def write_if_changed(path, data):
    try:
        with open(path, "rb") as current:
            if current.read() == data:
                return
    except FileNotFoundError:
        pass
    with open(path + ".tmp", "wb") as out:
        out.write(data)
    os.replace(path + ".tmp", path)


def main():
    peer = Peer(*sys.argv[1:4])
    asyncio.run(peer.run())
    peer.render()
    entries, articles = (peer.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("entries", "articles"))
    c = peer.counts
    failed = [row[0] for row in peer.db.execute("SELECT id FROM sources WHERE error IS NOT NULL ORDER BY id")]
    print(f"peer: {len(peer.sources)} sources, {c['200']} fetched (200), {c['304']} unchanged (304), "
          f"{c['failed']} failed ({' '.join(failed) or 'none'}), stored {articles} articles, {entries} source entries")


if __name__ == "__main__":
    main()
