#!/usr/bin/env python3
"""A newswire config polling every corpus feed from BASE_URL, with one combined feed.
Usage: regenerate_config.py BASE_URL CORPUS SITE_DIR [MAX_SOURCES]"""
import os
import sys

base, corpus, site = sys.argv[1:4]
limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
lines = ["[site]", 'title = "bench"', 'base_url = "https://feeds.example.org/"',
         f'output_dir = "{site}/public"', f'state_dir = "{site}/state"',
         "[fetch]", "concurrency = 64", "per_host = 64"]
paths = [line.strip() for line in open(os.path.join(corpus, "feeds.txt")) if line.strip()]
for index, path in enumerate(paths[:limit]):
    lines += ["[[source]]", f'id = "feed{index}"', f'url = "{base}{path}"']
lines += ["[[feed]]", 'id = "all"', 'title = "All"', 'sources = ["*"]']
print("\n".join(lines))
