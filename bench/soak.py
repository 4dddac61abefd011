#!/usr/bin/env python3
"""The daemon soak: `newswire run` over SOURCES small RSS feeds served by nginx on 127.0.0.1,
`interval` compressed (default 60 s: a 15-minute schedule 15x faster), concurrency and per_host 64,
one combined feed over all sources, CHURN percent of the feeds rewritten every interval. Every
interval it prints polls so far, resident memory (now and its peak), the heap's bytes in use and held
free (from metrics.prom, so a leak tells itself from allocator retention) and CPU per poll since the
previous sample; at the end the peak RSS in cycle 1, the RSS after cycles 1 and 2, the largest RSS after cycle 2 (and how far it is from cycle 2's),
the RSS slope per 1,000 polls after cycle 2, and what SOURCES polled every 15 minutes would cost.
Usage: soak.py BINARY [--sources N] [--cycles N] [--interval S] [--churn PCT]"""
import argparse, os, random, shutil, signal, subprocess, sys, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("binary")
parser.add_argument("--sources", type=int, default=10000)
parser.add_argument("--cycles", type=int, default=30)
parser.add_argument("--interval", type=int, default=60)
parser.add_argument("--churn", type=float, default=10.0)
args = parser.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="newswire-soak.")
os.chmod(work, 0o755)
www = os.path.join(work, "corpus", "www")
os.makedirs(www)
os.makedirs(os.path.join(work, "tmp"))
rng = random.Random(7)
generation = [0] * args.sources


def write_feed(i):
    g = generation[i]
    items = "".join(
        f"<item><title>Feed {i}, story {g}-{j}: café “naïve” — update</title>"
        f"<link>http://soak.example/{i}/{g}/{j}</link><guid>s{i}-{g}-{j}</guid>"
        f"<description>Story {j} of generation {g} in feed {i}. The council’s decision, the “new” plan "
        f"and the résumé of événements follow in two sentences of ordinary text.</description></item>"
        for j in range(5))
    with open(os.path.join(www, f"{i}.xml"), "w") as out:
        out.write(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {i}</title>'
                  f"<link>http://soak.example/{i}/</link><description>d</description>{items}</channel></rss>")


for i in range(args.sources):
    write_feed(i)
port = 20000 + random.SystemRandom().randrange(20000)  # not from rng: two soaks at once get two ports
with open(os.path.join(work, "nginx.conf"), "w") as conf:
    conf.write(subprocess.check_output([sys.executable, os.path.join(here, "nginx_conf.py"), work, str(port)], text=True))
subprocess.check_call(["nginx", "-c", os.path.join(work, "nginx.conf"), "-p", work])
sources = "".join(f'[[source]]\nid = "s{i}"\nurl = "http://127.0.0.1:{port}/{i}.xml"\n\n' for i in range(args.sources))
with open(os.path.join(work, "newswire.toml"), "w") as conf:
    conf.write(f'[site]\ntitle = "soak"\nbase_url = "https://feeds.example.org/"\noutput_dir = "public"\n'
               f'state_dir = "state"\n\n[poll]\ninterval = "{args.interval}s"\njitter = 0\n\n'
               f'[fetch]\nconcurrency = 64\nper_host = 64\n\n[output]\nretention = "36500d"\n\n{sources}'
               f'[[feed]]\nid = "all"\ntitle = "All"\nsources = ["*"]\n')
daemon = subprocess.Popen([os.path.abspath(args.binary), "run", "--config", "newswire.toml"], cwd=work,
                          stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "run.log"), "w"))
ticks = os.sysconf("SC_CLK_TCK")


def sample():
    with open(f"/proc/{daemon.pid}/status") as status:
        fields = {line.split(":")[0]: line.split()[1] for line in status if line.startswith(("VmRSS:", "VmHWM:"))}
    rss, hwm = int(fields["VmRSS"]), int(fields["VmHWM"])
    with open(f"/proc/{daemon.pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / ticks
    gauges = {}
    try:
        with open(os.path.join(work, "state", "metrics.prom")) as metrics:
            gauges = dict(l.split()[:2] for l in metrics if l.startswith("newswire_") and "{" not in l)
    except OSError:
        pass
    polls = int(gauges.get("newswire_polls_total", 0))
    heap = (int(gauges.get("newswire_heap_in_use_bytes", 0)) / 2**20, int(gauges.get("newswire_heap_free_bytes", 0)) / 2**20,
            int(gauges.get("newswire_sqlite_memory_bytes", 0)) / 2**20)
    return rss / 1024, hwm / 1024, cpu, polls, heap


rows = []
print(f"soak: {args.sources} sources, interval {args.interval}s, {args.cycles} cycles, churn {args.churn}%")
print(f"{'cycle':>5} {'polls':>8} {'RSS MB':>8} {'peak MB':>8} {'heap used':>10} {'heap free':>10} {'sqlite':>8} {'CPU ms/poll':>12}")
try:
    previous = (0.0, 0.0, 0)
    for cycle in range(1, args.cycles + 1):
        time.sleep(args.interval)
        for i in rng.sample(range(args.sources), int(args.sources * args.churn / 100)):
            generation[i] += 1
            write_feed(i)
        rss, hwm, cpu, polls, heap = sample()
        per_poll = (cpu - previous[1]) * 1000 / (polls - previous[2]) if polls > previous[2] else float("nan")
        rows.append((cycle, polls, rss, per_poll, hwm))
        print(f"{cycle:>5} {polls:>8} {rss:>8.1f} {hwm:>8.1f} {heap[0]:>10.1f} {heap[1]:>10.1f} {heap[2]:>8.1f} {per_poll:>12.3f}", flush=True)
        previous = (rss, cpu, polls)
finally:
    daemon.send_signal(signal.SIGTERM)
    daemon.wait(timeout=120)
    with open(os.path.join(work, "nginx.pid")) as pid:
        os.kill(int(pid.read()), signal.SIGTERM)
if len(rows) >= 3:
    second = rows[1][2]
    later = rows[2:]
    peak = max(r[2] for r in later)
    xs = [r[1] / 1000 for r in later]
    ys = [r[2] for r in later]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread if spread else 0.0
    cpu = sorted(r[3] for r in later)[len(later) // 2]
    print(f"peak RSS in cycle 1: {rows[0][4]:.1f} MB; RSS after cycle 1: {rows[0][2]:.1f} MB, after cycle 2: {second:.1f} MB; "
          f"largest after that: {peak:.1f} MB ({(peak / second - 1) * 100:+.1f}%)")
    print(f"RSS slope after cycle 2: {slope * 1024:.1f} KB per 1,000 polls")
    print(f"CPU per poll (median after cycle 2): {cpu:.3f} ms; {args.sources} sources every 15 min: "
          f"{cpu * args.sources / 900 / 10:.2f}% of a core")
shutil.rmtree(work, ignore_errors=True)
