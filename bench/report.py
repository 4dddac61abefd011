#!/usr/bin/env python3
"""Turns the raw figures of bench/run into the printed table with targets and peer ratios."""
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
          f"{full[4]} documents not read)   target ≥ 120 MB/s")
    for name, peer_mbs, peer_items, _ in rows(peers):
        print(f"{name:26} {float(peer_mbs):8.1f} MB/s {float(peer_items):10.0f} items/s  "
              f"newswire/peer = {mbs / float(peer_mbs):.2f}×" + ("   target ≥ 1.5×" if name == "feedparser-rs" else ""))


def fetch(ours, curl):
    mine = {r[0]: float(r[1]) for r in rows(ours)}
    theirs = {r[0]: float(r[1]) for r in rows(curl)}
    for key in ("fetch-200", "fetch-304"):
        print(f"{key}: newswire {mine[key]:8.0f} req/s   curl CLI {theirs[key]:8.0f} req/s   "
              f"ratio {mine[key] / theirs[key]:.2f}×   target ≥ 1.0×")


def regenerate(path, feeds, articles):
    data = rows(path)
    for round_name, target in (("cold", "≤ 6 s wall"), ("warm", "≤ 0.3 s wall")):
        picked = [r for r in data if r[0] == round_name]
        wall = statistics.median(float(r[1]) for r in picked)
        cpu = statistics.median(float(r[2]) + float(r[3]) for r in picked)
        rss = statistics.median(int(r[4]) for r in picked) / 1024
        print(f"{round_name} regenerate: {wall:6.2f} s wall, {cpu:6.2f} s CPU, peak RSS {rss:6.1f} MB   "
              f"target {target}" + ("; ≤ 200 MB RSS" if round_name == "cold" else ""))
    print(f"({feeds} sources, {articles} articles stored after dedupe)")


def render(path, feeds, small):
    data = rows(path)
    for site, sources in (("site", feeds), ("small", small)):
        micros = statistics.median(int(r[1]) for r in data if r[0] == site)
        target = "   target ≤ 50 ms" if site == "site" else ""
        print(f"regenerate --source (1 changed source of {sources:>5}, all outputs re-checked): "
              f"{micros / 1000:5.1f} ms wall{target}")


{"parse": parse, "fetch": fetch, "regenerate": regenerate, "render": render}[sys.argv[1]](*sys.argv[2:])
