#!/usr/bin/env python3
"""Deterministic benchmark corpus: ~2,000 feeds (~190 MB, ~120,000 items) in RSS 2.0 with
content:encoded, Atom with xml:base, RSS 1.0, JSON Feed and GBK-encoded RSS, Chinese and Latin
text, ~15% of items repeated across feeds; plus ~200 HTML list pages.
Usage: corpus.py OUT_DIR [--feeds N] [--items N] [--seed S]
Writes OUT_DIR/www/{feeds,pages}/… and OUT_DIR/feeds.txt (one path per line)."""
import argparse
import json
import os
import random
from datetime import datetime, timedelta, timezone

LATIN = ("market policy energy science river council budget election harbor rail storm vaccine festival "
         "court satellite wheat museum bridge startup ocean minister report growth export climate school "
         "hospital election league championship drought harvest factory software network protocol").split()
CJK = "经济政策能源科学城市铁路新闻观察发展市场企业创新数据报告国际金融社会文化教育科技体育健康环境交通"
EPOCH = datetime(2024, 12, 26, 12, 0, tzinfo=timezone.utc)


def words(rng, n):
    return " ".join(rng.choice(LATIN) for _ in range(n))


def chinese(rng, n):
    return "".join(rng.choice(CJK) for _ in range(n))


class Story:
    """One article; shared stories appear in several feeds with the same link and text."""

    def __init__(self, rng, key):
        self.key = key
        self.cjk = rng.random() < 0.3
        self.title = (chinese(rng, 14) if self.cjk else words(rng, 8).capitalize())
        paras = [chinese(rng, 88) if self.cjk else words(rng, 33).capitalize() + "." for _ in range(4)]
        self.html = "".join(f"<p>{p}</p>" for p in paras) + f'<p><img src="/img/{key}.jpg" alt="x"></p>'
        self.summary = paras[0][:160]
        self.link = f"https://news{rng.randrange(40)}.example/{key}.html"
        self.date = EPOCH - timedelta(minutes=rng.randrange(60 * 24 * 60))


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def opt(template, value):
    """The element in `template` around `value`, or nothing when the item has no such value."""
    return "" if value is None else template.format(value)


def rfc822(date):
    return date.strftime("%a, %d %b %Y %H:%M:%S +0000")


def iso(date):
    return date.strftime("%Y-%m-%dT%H:%M:%SZ")


# The writers read a story's title, link, date, summary, html (None where the item lacks one) and
# enclosure (None, or url, length and type: then the item is just that and its guid).
def rss2(feed, stories, when=rfc822):
    def item(s):
        guid = f'<guid isPermaLink="false">f{feed}-{s.key}</guid>'
        if getattr(s, "enclosure", None):
            return f'<item>{guid}<enclosure url="{s.enclosure[0]}" length="{s.enclosure[1]}" type="{s.enclosure[2]}"/></item>\n'
        return (f"<item>{opt('<title>{}</title>', s.title and esc(s.title))}"
                f"{opt('<link>{}?utm_source=f%d</link>' % feed, s.link)}{guid}"
                f"{opt('<pubDate>{}</pubDate>', s.date and when(s.date))}"
                f"{opt('<description>{}</description>', s.summary and esc(s.summary))}"
                f"{opt('<content:encoded><![CDATA[{}]]></content:encoded>', s.html)}"
                f"<category>c{feed % 7}</category></item>\n")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Feed {feed}</title><link>https://site{feed}.example/</link><description>d</description>\n"
            f"{''.join(map(item, stories))}</channel></rss>\n")


def atom(feed, stories, when=iso):
    def entry(s):
        return (f'<entry><title type="html">{esc(esc(s.title or ""))}</title><id>urn:f{feed}:{s.key}</id>'
                + opt('<link href="{}"/>', s.link) + opt("<updated>{}</updated>", s.date and when(s.date))
                + f"<author><name>Desk {feed}</name></author>"
                + opt("<summary>{}</summary>", s.summary and esc(s.summary))
                + opt('<content type="html">{}</content>', s.html and esc(s.html)) + "</entry>\n")
    entries = "".join(map(entry, stories))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
            f'xml:base="https://site{feed}.example/blog/"><title>Feed {feed}</title><id>urn:f{feed}</id>'
            f'<updated>{when(EPOCH)}</updated><link href="./"/>\n{entries}</feed>\n')


def rdf(feed, stories, when=iso):
    items = "".join(
        f'<item rdf:about="{s.link or "urn:f%d:%s" % (feed, s.key)}"><title>{esc(s.title or "")}</title>'
        f"{opt('<link>{}</link>', s.link)}{opt('<description>{}</description>', s.summary and esc(s.summary))}"
        f"{opt('<dc:date>{}</dc:date>', s.date and when(s.date))}"
        f"{opt('<content:encoded><![CDATA[{}]]></content:encoded>', s.html)}</item>\n"
        for s in stories)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f'<channel rdf:about="https://site{feed}.example/"><title>Feed {feed}</title>'
            f"<link>https://site{feed}.example/</link><description>d</description></channel>\n{items}</rdf:RDF>\n")


def jsonfeed(feed, stories, when=iso):
    def item(s):
        fields = {"id": f"f{feed}-{s.key}", "url": s.link, "title": s.title, "content_html": s.html,
                  "summary": s.summary, "date_published": s.date and when(s.date)}
        return {k: v for k, v in fields.items() if v is not None}
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": f"Feed {feed}",
        "home_page_url": f"https://site{feed}.example/", "items": [item(s) for s in stories]}, ensure_ascii=False)


def html_page(page, stories):
    rows = "".join(
        f'<li><h4><a href="{s.link}">{esc(s.title)}</a></h4><span class="time">'
        f"{(s.date + timedelta(hours=8)).strftime('%Y-%m-%d %H:%M')}</span><p>{esc(s.summary)}</p></li>\n"
        for s in stories)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Section {page}</title></head><body>'
            f'<div class="nav">menu</div><ul class="column-list">\n{rows}</ul><div class="footer">f</div></body></html>\n')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--items", type=int, default=60)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    shared = [Story(rng, f"shared-{i}") for i in range(max(1, args.feeds * args.items * 15 // 100 // 3))]
    www = os.path.join(args.out, "www")
    os.makedirs(os.path.join(www, "feeds"), exist_ok=True)
    os.makedirs(os.path.join(www, "pages"), exist_ok=True)
    paths = []
    for feed in range(args.feeds):
        stories = [rng.choice(shared) if rng.random() < 0.15 else Story(rng, f"f{feed}-{i}")
                   for i in range(args.items)]
        stories = list({s.key: s for s in stories}.values())
        kind = feed % 20
        if kind < 8:
            name, data = f"feed{feed}.xml", rss2(feed, stories).encode()
        elif kind < 13:
            name, data = f"feed{feed}.atom", atom(feed, stories).encode()
        elif kind < 15:
            name, data = f"feed{feed}.rdf", rdf(feed, stories).encode()
        elif kind < 18:
            name, data = f"feed{feed}.json", jsonfeed(feed, stories).encode()
        else:
            text = rss2(feed, stories).replace('encoding="UTF-8"', 'encoding="gb2312"')
            name, data = f"feed{feed}-gbk.xml", text.encode("gb18030")
        with open(os.path.join(www, "feeds", name), "wb") as f:
            f.write(data)
        paths.append("feeds/" + name)
    for page in range(args.pages):
        stories = [Story(rng, f"p{page}-{i}") for i in range(30)]
        with open(os.path.join(www, "pages", f"section{page}.html"), "w", encoding="utf-8") as f:
            f.write(html_page(page, stories))
    with open(os.path.join(args.out, "feeds.txt"), "w") as f:
        f.write("\n".join(paths) + "\n")


if __name__ == "__main__":
    main()
