#!/usr/bin/env bash
# A first figure before the real benchmark (bench/ grows with the performance issue):
# articles per second for `newswire regenerate` over a few hundred feeds served on 127.0.0.1.
# Usage: bench/regenerate-local.sh [FEEDS=300] [ITEMS=40]
set -euo pipefail
cd "$(dirname "$0")/.."
feeds=${1:-300} items=${2:-40} port=$((20000 + RANDOM % 20000))
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
swift build -c release --product newswire >/dev/null 2>&1
python3 bench/generate_feeds.py "$work" "$feeds" "$items" "$port"
python3 bench/serve.py "$work/www" "$port" &
server=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/feed0.xml" -o /dev/null && break; sleep 0.1; done
bin=.build/release/newswire
mb=$(du -sm "$work/www" | cut -f1)
for round in cold warm; do
  start=$(date +%s.%N)
  "$bin" regenerate --config "$work/newswire.toml" >/dev/null || true
  end=$(date +%s.%N)
  python3 -c "import sys; r,f,n,mb,a,b=sys.argv[1:]; s=float(b)-float(a); n=int(n)
print(f'{r}: {f} feeds, {n} items, {mb} MB: {s:.2f} s, {n/s:.0f} items/s')" \
    "$round" "$feeds" "$((feeds * items))" "$mb" "$start" "$end"
done
sqlite3 "$work/state/newswire.sqlite" "SELECT count(*) || ' articles stored' FROM articles" 2>/dev/null || true
