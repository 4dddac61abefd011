#!/usr/bin/env python3
"""The curl CLI's fetch throughput on the corpus: `curl --parallel --parallel-max N`, one round of
plain GETs (200) and one that sends each URL's own validators (If-None-Match with its ETag and
If-Modified-Since with its Last-Modified, as newswire does) so nginx answers 304.
Each URL is its own operation (`next`): options given in a curl config file accumulate over the
whole file otherwise, so a header per URL would be sent 2,000 times with every request.
Every run checks that each transfer got the expected status; a run that did not is reported and
fails the script rather than printing a meaningless rate.
Usage: curl_fetch.py BASE_URL CORPUS PARALLEL RUNS   (prints fetch-200 R and fetch-304 R, requests/s)"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

base, corpus, parallel, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
paths = [line.strip() for line in open(os.path.join(corpus, "feeds.txt")) if line.strip()]
urls = [base + path for path in paths]


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_config(headers_of, write_out):
    """A curl config with one operation per URL; `write_out` prints one line per transfer."""
    config = tempfile.NamedTemporaryFile("w", suffix=".curl", delete=False)
    with config:
        for index, url in enumerate(urls):
            if index:
                config.write("next\n")
            config.write(f'url = {quoted(url)}\noutput = "/dev/null"\nwrite-out = {quoted(write_out)}\n')
            for header in headers_of(url):
                config.write(f"header = {quoted(header)}\n")
    return config.name


def curl(config_name):
    """Runs curl over the config; returns the elapsed seconds and its stdout lines."""
    start = time.perf_counter()
    done = subprocess.run(["curl", "-s", "--parallel", "--parallel-max", parallel, "-K", config_name],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False, text=True)
    return time.perf_counter() - start, done.stdout.splitlines()


# Untimed: each URL's validators, the way newswire stores them after a 200.
probe = write_config(lambda url: [], "%{url_effective}\\t%header{etag}\\t%header{last-modified}\\n")
_, lines = curl(probe)
os.unlink(probe)
validators = {}
for line in lines:
    url, etag, modified = (line.split("\t") + ["", ""])[:3]
    validators[url] = [f"If-None-Match: {etag}"] * bool(etag) + [f"If-Modified-Since: {modified}"] * bool(modified)
if len(validators) != len(urls) or not all(validators.values()):
    sys.exit(f"curl_fetch.py: validators for {len(validators)} of {len(urls)} URLs")

for round_name, headers_of in (("200", lambda url: []), ("304", lambda url: validators[url])):
    config_name = write_config(headers_of, "%{http_code}\\n")
    rates = []
    for _ in range(runs):
        seconds, codes = curl(config_name)
        wrong = len(urls) - codes.count(round_name)
        if wrong:
            sys.exit(f"curl_fetch.py: {wrong} of {len(urls)} transfers not {round_name} in the {round_name} round")
        rates.append(len(urls) / seconds)
    os.unlink(config_name)
    print(f"fetch-{round_name} {statistics.median(rates):.0f}")
