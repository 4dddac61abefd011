#!/usr/bin/env python3
"""Deterministic benchmark corpus with realistic text and shapes: ~2,000 feeds (~190 MB, ~120,000
items) in RSS 2.0, Atom, RSS 1.0, JSON Feed and GBK RSS declaring gb2312, written by corpus.py's
writers. Text from realistic_text.py (a quarter of the Latin sentences with curly quotes, accents,
dashes or ellipses; some emoji; Chinese in ~30% of stories); ~15% of items shared across feeds
(same link and text). Besides full articles: title-less, undated, image-only, enclosure-only and
teaser items (a boilerplate summary shared across sources), CMS footers, HTML and numeric
character references, feeds of several sizes and date styles, windows-1252 RSS that declares no
encoding (served without a charset), and a few deliberately broken feeds (a bare "&", an undeclared
entity), listed in OUT_DIR/broken.txt.
Usage: realistic_corpus.py OUT_DIR [--feeds N] [--seed S]
Writes OUT_DIR/www/feeds/… and OUT_DIR/feeds.txt (one path per line)."""
import argparse
import os
import random
from datetime import timedelta

from corpus import EPOCH, atom, jsonfeed, rdf, rss2
from realistic_text import Writer

BOILERPLATE = ["Click here to read more.", "Subscribe to our newsletter", "Read more…",
               "Continue reading →", "Subscribe to our newsletter for the latest updates.",
               "This article first appeared on our website."]
SIZES = [10, 20, 25, 30, 50, 50, 60, 75, 100, 180]  # items per feed, 60 on average
REFS = {"’": "&#8217;", "‘": "&#8216;", "“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "—": "&#8212;",
        "…": "&#8230;"}


def cut(text, limit):
    """`text` shortened to `limit` characters on a word (or, for Chinese, any) boundary, with "…"."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    if " " in head:
        head = head.rsplit(" ", 1)[0]
    return head + "…"


class Story:
    """One article; a shared story appears in several feeds with the same link and text."""
    enclosure = None

    def __init__(self, writer, key, latin_only=False, min_paragraphs=1):
        rng = writer.rng
        self.key = key
        self.cjk = not latin_only and rng.random() < 0.3
        self.date = EPOCH - timedelta(seconds=rng.randrange(60 * 86_400))
        self.link = (f"https://news{rng.randrange(40)}.example/{self.date:%Y/%m/%d}/"
                     + (f"{key}.shtml" if self.cjk else f"{key}-{rng.choice(['story', 'article', 'news'])}.html"))
        self.title = writer.cjk_headline() if self.cjk else writer.headline()
        self.html, first = writer.body(self.cjk, self.link)
        while self.html.count("<p>") < min_paragraphs:
            more, _ = writer.body(self.cjk, self.link)
            self.html += more
        self.summary = cut(first, 80 if self.cjk else 200)

    def reshape(self, rng, feed, rss):
        """Turns an own story into one of the real-world shapes (most stay full articles)."""
        r = rng.random()
        if r < 0.03:
            self.title = None  # a microblog post: text only
            self.summary = None
        elif r < 0.06:
            self.date = None
        elif r < 0.08:
            image = f'<img src="https://site{feed}.example/comics/{self.key}.png" alt="{self.key}">'
            # RSS puts a webcomic's image in the description, escaped, the others in the content.
            self.html, self.summary = (None, image) if rss else (image, None)
            if rng.random() < 0.5:
                self.title = None
        elif r < 0.10 and rss:
            self.enclosure = (f"https://cdn{feed % 9}.example/audio/{self.key}.mp3", rng.randrange(10**6, 9 * 10**7),
                              "audio/mpeg")
        elif r < 0.14:
            self.html = None  # a teaser: title, link and a boilerplate line
            self.summary = rng.choice(BOILERPLATE)
        return self


def rss_date(style):
    return {0: lambda d: d.strftime("%a, %d %b %Y %H:%M:%S +0000"),
            1: lambda d: (d - timedelta(hours=5)).strftime("%a, %d %b %Y %H:%M:%S -0500"),
            2: lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT"),
            3: lambda d: (d + timedelta(hours=8)).strftime("%a, %d %b %Y %H:%M:%S +0800")}[style]


def iso_date(style):
    return {0: lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ"),
            1: lambda d: (d + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S+02:00"),
            2: lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            3: lambda d: (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S-07:00")}[style]


def feed_file(feed, stories, rng):
    """The feed's file name and bytes; the kind follows `feed`, the styles come from `rng`."""
    kind, style = feed % 20, rng.randrange(4)
    refs = rng.random() < 0.2  # numeric character references for punctuation, as WordPress writes them
    if kind < 8:
        if feed % 40 == 7:  # undeclared windows-1252: no encoding in the declaration, none in HTTP
            text = rss2(feed, stories, rss_date(style)).replace(' encoding="UTF-8"', "")
            return f"feed{feed}-cp1252.xml", text.encode("cp1252", "xmlcharrefreplace")
        name, text = f"feed{feed}.xml", rss2(feed, stories, rss_date(style))
    elif kind < 13:
        name, text = f"feed{feed}.atom", atom(feed, stories, iso_date(style))
    elif kind < 15:
        name, text = f"feed{feed}.rdf", rdf(feed, stories, iso_date(style))
    elif kind < 18:
        return f"feed{feed}.json", jsonfeed(feed, stories, iso_date(style)).encode()
    else:
        text = rss2(feed, stories, rss_date(3)).replace('encoding="UTF-8"', 'encoding="gb2312"')
        return f"feed{feed}-gbk.xml", text.encode("gbk", "xmlcharrefreplace")
    if refs:
        for char, ref in REFS.items():
            text = text.replace(char, ref)
    return name, text.encode()


def break_feed(feed, data):
    """A bare ampersand in the first title, or an HTML entity XML does not know in the first summary."""
    return data.replace(b"<title>", b"<title>Q&A: " if feed % 2 else b"<title>Caf&eacute; ", 2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    writer = Writer(rng)
    total = args.feeds * sum(SIZES) // len(SIZES)
    shared = [Story(writer, f"shared-{i}", min_paragraphs=2) for i in range(max(1, total * 15 // 100 // 3))]
    os.makedirs(os.path.join(args.out, "www", "feeds"), exist_ok=True)
    paths, broken = [], []
    for feed in range(args.feeds):
        latin = feed % 40 == 7
        rss = feed % 20 < 8 or feed % 20 >= 18
        boilerplate = rng.choice(BOILERPLATE) if rng.random() < 0.1 else None
        footer = rng.random() < 0.1
        stories = []
        for i in range(rng.choice(SIZES)):
            pick = rng.choice(shared) if rng.random() < 0.15 else None
            if pick is None or (latin and pick.cjk):
                pick = Story(writer, f"f{feed}-{i}", latin_only=latin).reshape(rng, feed, rss)
                if footer and pick.html and pick.title:
                    pick.html += (f'<p>The post <a href="{pick.link}">{pick.title.replace("&", "&amp;")}</a> appeared first on '
                                  f'<a href="https://site{feed}.example/">Site {feed}</a>.</p>')
                if boilerplate and pick.html:
                    pick.summary = boilerplate
            stories.append(pick)
        stories = list({s.key: s for s in stories}.values())
        name, data = feed_file(feed, stories, rng)
        if feed % 250 == 249 and not name.endswith(".json"):
            data = break_feed(feed // 500, data)  # both kinds in both formats (Atom, GBK RSS) picked here
            broken.append("feeds/" + name)
        with open(os.path.join(args.out, "www", "feeds", name), "wb") as f:
            f.write(data)
        paths.append("feeds/" + name)
    with open(os.path.join(args.out, "feeds.txt"), "w") as f:
        f.write("\n".join(paths) + "\n")
    with open(os.path.join(args.out, "broken.txt"), "w") as f:
        f.write("".join(path + "\n" for path in broken))


if __name__ == "__main__":
    main()
