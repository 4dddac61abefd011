#!/usr/bin/env python3
"""The curl CLI's fetch throughput on the corpus: `curl --parallel --parallel-max N`, one round of
plain GETs (200) and one with an If-Modified-Since that nginx answers with 304.
Usage: curl_fetch.py BASE_URL CORPUS PARALLEL RUNS   (prints fetch-200 R and fetch-304 R, requests/s)"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

base, corpus, parallel, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
paths = [line.strip() for line in open(os.path.join(corpus, "feeds.txt")) if line.strip()]
for round_name, header in (("200", None), ("304", "If-Modified-Since: Sun, 01 Jan 2040 00:00:00 GMT")):
    with tempfile.NamedTemporaryFile("w", suffix=".curl", delete=False) as config:
        for path in paths:
            config.write(f'url = "{base}{path}"\noutput = "/dev/null"\n')
            if header:
                config.write(f'header = "{header}"\n')
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(["curl", "-s", "--parallel", "--parallel-max", parallel, "-K", config.name],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        rates.append(len(paths) / (time.perf_counter() - start))
    os.unlink(config.name)
    print(f"fetch-{round_name} {statistics.median(rates):.0f}")
