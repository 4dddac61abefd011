#!/usr/bin/env python3
"""Turns the raw figures of bench/run into the printed tables with targets and peer ratios."""
import re
import sqlite3
import statistics
import sys


def rows(path):
    return [line.split() for line in open(path) if line.strip()]


def parse(ours, peers):
    mine = {r[0]: r for r in rows(ours)}
    full = mine["parse+normalize"]
    mbs, items = float(full[1]), float(full[2])
    print(f"newswire parse only        {float(mine['parse'][1]):8.1f} MB/s {float(mine['parse'][2]):10.0f} items/s")
    print(f"newswire parse+normalize   {mbs:8.1f} MB/s {items:10.0f} items/s  ({full[3]} items, "
          f"{full[4]} documents not read)")
    for name, peer_mbs, peer_items, count in rows(peers):
        print(f"{name:26} {float(peer_mbs):8.1f} MB/s {float(peer_items):10.0f} items/s  ({count} items)  "
              f"newswire/peer = {mbs / float(peer_mbs):.2f}×" + ("   target ≥ 2×" if name == "feedparser-rs" else ""))


def fetch(ours, curl):
    mine = {r[0]: float(r[1]) for r in rows(ours)}
    theirs = {r[0]: float(r[1]) for r in rows(curl)}
    for key in ("fetch-200", "fetch-304"):
        print(f"{key}: newswire {mine[key]:8.0f} req/s   curl CLI {theirs[key]:8.0f} req/s   "
              f"ratio {mine[key] / theirs[key]:.2f}×   target ≥ 1.0×")


def store(ours):
    name, rate, articles, secs, size, written = rows(ours)[0]
    print(f"newswire store writes      {float(rate):8.0f} articles/s  ({articles} articles in {float(secs):.2f} s; "
          f"file {float(size):.0f} MB, {float(written):.0f} MB handed to write())")


def count(db, what, table):
    try:
        return sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute(f"SELECT count({what}) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def medians(data, program, round_name):
    picked = [r for r in data if r[:2] == [program, round_name]]
    if not picked:
        return float("nan"), float("nan"), float("nan")
    return (statistics.median(float(r[2]) for r in picked),
            statistics.median(float(r[3]) + float(r[4]) for r in picked),
            statistics.median(int(r[5]) for r in picked) / 1024)


def regenerate(times, newswire_db, peer_db, cold_log, warm_log, peer_cold_log, peer_warm_log):
    data = rows(times)
    for round_name, target in (("cold", "≤ 0.25× the peer (wall); ≤ 150 MB peak RSS"), ("warm", "≤ 0.15× the peer (wall)")):
        ours, theirs = medians(data, "newswire", round_name), medians(data, "peer", round_name)
        print(f"{round_name} newswire {ours[0]:6.2f} s wall, {ours[1]:6.2f} s CPU, peak RSS {ours[2]:6.1f} MB")
        print(f"{round_name} peer     {theirs[0]:6.2f} s wall, {theirs[1]:6.2f} s CPU, peak RSS {theirs[2]:6.1f} MB")
        print(f"{round_name} newswire/peer: {ours[0] / theirs[0]:.2f}× wall, {ours[1] / theirs[1]:.2f}× CPU, "
              f"{ours[2] / theirs[2]:.2f}× RSS   target {target}")
    cold = open(cold_log).read()
    failed = re.findall(r"^  FAILED  (\S+)", cold, re.M)
    empty = sum(int(n) for n in re.findall(r", (\d+) empty items skipped", cold))
    written = lambda log: (re.findall(r"^newswire: wrote .*", open(log).read(), re.M) or ["newswire: (no summary)"])[-1]
    print(f"newswire stored {count(newswire_db, '*', 'articles')} articles "
          f"({count(newswire_db, 'DISTINCT content_hash', 'articles')} content hashes), "
          f"{count(newswire_db, '*', 'memberships')} source entries; {empty} empty items skipped; "
          f"sources failed: {' '.join(failed) or 'none'}")
    print(f"  cold: {written(cold_log)}")
    print(f"  warm: {written(warm_log)}")
    peer_lines = [open(log).read().strip().splitlines() or ["(no output)"] for log in (peer_cold_log, peer_warm_log)]
    print(f"{peer_lines[0][-1]}\n  warm: {peer_lines[1][-1]}")


def render(path):
    data = rows(path)
    for sources in sorted({int(r[0]) for r in data}):
        micros = statistics.median(int(r[1]) for r in data if int(r[0]) == sources)
        print(f"regenerate --source (1 changed source of {sources:>6}, all outputs re-checked): "
              f"{micros / 1000:6.1f} ms wall   target ≤ 20 ms")


def render_step(path):
    for kind, sources, med, best in rows(path):
        what = "a new article" if kind == "render-article" else "a new title"
        print(f"render step only, in-process, after {what:13} (1 of {int(sources):>6} sources): {float(med):6.1f} ms "
              f"(best {float(best):.1f})")


{"parse": parse, "fetch": fetch, "store": store, "regenerate": regenerate, "render": render, "render-step": render_step}[sys.argv[1]](*sys.argv[2:])
