#!/usr/bin/env python3
"""Writes a deterministic set of RSS 2.0 and Atom feeds (some sharing articles) and a newswire
config that polls them from http://127.0.0.1:PORT/. Usage: generate_feeds.py DIR COUNT ITEMS PORT"""
import os
import random
import sys

WORDS = ("market policy energy science river council budget election harbor rail storm vaccine "
         "festival court satellite wheat museum bridge startup ocean").split()
CJK = "经济政策能源科学城市铁路新闻观察发展市场企业创新数据报告"


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def rss(rng, feed, items, shared):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           f'<channel><title>Feed {feed}</title><link>https://site{feed}.example/</link>']
    for i in range(items):
        story = shared[i] if i < len(shared) else f"{feed}-{i}"
        day = 1 + (hash(story) % 28)
        body = " ".join(f"<p>{sentence(rng, 40)} {''.join(rng.choice(CJK) for _ in range(30))}</p>" for _ in range(6))
        out.append(f"<item><title>{sentence(rng, 8)} {story}</title>"
                   f"<link>https://news.example/{story}.html?utm_source=feed{feed}</link>"
                   f"<guid isPermaLink=\"false\">{feed}-{i}</guid>"
                   f"<pubDate>Mon, {day:02d} Dec 2024 10:{i % 60:02d}:00 GMT</pubDate>"
                   f"<description>{sentence(rng, 20)}</description>"
                   f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    out.append("</channel></rss>")
    return "\n".join(out)


def atom(rng, feed, items, shared):
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/">'
           f'<title>Feed {feed}</title><id>urn:feed:{feed}</id><updated>2024-12-26T00:00:00Z</updated>'
           f'<author><name>Desk {feed}</name></author>']
    for i in range(items):
        story = shared[i] if i < len(shared) else f"{feed}-{i}"
        body = " ".join(f"&lt;p&gt;{sentence(rng, 40)}&lt;/p&gt;" for _ in range(6))
        out.append(f'<entry><title>{sentence(rng, 8)} {story}</title><id>urn:{feed}:{i}</id>'
                   f'<link href="{story}.html"/><updated>2024-12-{1 + i % 28:02d}T08:00:00Z</updated>'
                   f'<summary>{sentence(rng, 20)}</summary><content type="html">{body}</content></entry>')
    out.append("</feed>")
    return "\n".join(out)


def main():
    folder, count, items, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(42)
    os.makedirs(os.path.join(folder, "www"), exist_ok=True)
    config = ['[site]', 'title = "bench"', 'base_url = "https://feeds.example.org/"',
              'output_dir = "public"', 'state_dir = "state"', '[fetch]', 'concurrency = 64', 'per_host = 64']
    for feed in range(count):
        shared = [f"shared-{rng.randrange(items * 4)}" for _ in range(items // 7)]  # ~15% shared stories
        doc = (rss if feed % 2 == 0 else atom)(rng, feed, items, shared)
        name = f"feed{feed}.xml"
        with open(os.path.join(folder, "www", name), "w", encoding="utf-8") as f:
            f.write(doc)
        config += ["[[source]]", f'id = "feed{feed}"', f'url = "http://127.0.0.1:{port}/{name}"']
    config += ["[[feed]]", 'id = "all"', 'title = "All"', 'sources = ["*"]']
    with open(os.path.join(folder, "newswire.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(config) + "\n")


main()
