#!/usr/bin/env python3
"""A newswire config polling every corpus feed from BASE_URL, with one combined feed; everything
is kept (retention past the corpus's dates). With COPIES > 1 each feed is listed that many times
under its own query string (`?copy=N`, which nginx ignores), so a corpus stands for more sources.
Usage: regenerate_config.py BASE_URL CORPUS SITE_DIR [MAX_SOURCES [COPIES]]"""
import os
import sys

base, corpus, site = sys.argv[1:4]
limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
copies = int(sys.argv[5]) if len(sys.argv) > 5 else 1
lines = ["[site]", 'title = "bench"', 'base_url = "https://feeds.example.org/"',
         f'output_dir = "{site}/public"', f'state_dir = "{site}/state"',
         "[fetch]", "concurrency = 64", "per_host = 64", "[output]", 'retention = "36500d"']
paths = [line.strip() for line in open(os.path.join(corpus, "feeds.txt")) if line.strip()]
urls = [base + path + (f"?copy={copy}" if copy else "") for copy in range(copies) for path in paths]
for index, url in enumerate(urls[:limit]):
    lines += ["[[source]]", f'id = "feed{index}"', f'url = "{url}"']
lines += ["[[feed]]", 'id = "all"', 'title = "All"', 'sources = ["*"]']
print("\n".join(lines))
