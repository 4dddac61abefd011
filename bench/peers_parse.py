#!/usr/bin/env python3
"""Parse throughput of the peers on the same in-memory corpus, one core.
Usage: peers_parse.py CORPUS_DIR RUNS   (prints one line per parser: name MB/s items/s)"""
import os
import statistics
import sys
import time


def load(corpus):
    www = os.path.join(corpus, "www")
    with open(os.path.join(corpus, "feeds.txt")) as f:
        return [open(os.path.join(www, line.strip()), "rb").read() for line in f if line.strip()]


def measure(name, parse, documents, runs):
    total = sum(len(d) for d in documents)
    times, items = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        items = 0
        for document in documents:
            try:
                items += len(parse(document).entries)
            except Exception:  # a peer that rejects a document just yields no items for it
                pass
        times.append(time.perf_counter() - start)
    seconds = statistics.median(times)
    print(f"{name} {total / seconds / 1e6:.1f} {items / seconds:.0f} {items}")


def main():
    corpus, runs = sys.argv[1], int(sys.argv[2])
    documents = load(corpus)
    import feedparser_rs
    measure("feedparser-rs", feedparser_rs.parse, documents, runs)
    import fastfeedparser
    measure("fastfeedparser", fastfeedparser.parse, documents, runs)


main()
