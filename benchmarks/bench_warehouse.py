"""Benchmark: demo warehouse generation (time, peak memory) and the starter queries' run times.

Each generation runs in a fresh child process so its peak resident memory (ru_maxrss from
os.wait4) is its own; DuckDB allocates outside Python, so tracemalloc would miss it. The
queries run with their default parameters on the generated warehouse through DuckDBEngine,
once to warm up and then --runs times; the median is reported (target: <= 1 s each).

    .venv/bin/python benchmarks/bench_warehouse.py [--scale 1] [--runs 5] [--builds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REQUIRED = {"customer_lookup": {"customer": "48213"}, "order_lookup": {"order_id": 100234}}

_BUILD = """
import datetime as dt, json, sys
from pathlib import Path
from bot.engines.demo_data import generate
stats = generate(Path(sys.argv[1]), scale=float(sys.argv[2]), today=dt.date.fromisoformat(sys.argv[3]))
print(json.dumps({"rows": stats.row_counts, "size": stats.size_bytes, "elapsed": stats.elapsed_s}))
"""

_QUERIES = """
import datetime as dt, json, statistics, sys, time
from bot.engines.duckdb_engine import DuckDBEngine
from bot.library.loader import load_library
from bot.matching.params import default_binds
from bot.settings import STARTER_LIBRARY
from bot.library.render import render_sql
path, runs, today = sys.argv[1], int(sys.argv[2]), dt.date.fromisoformat(sys.argv[3])
required = json.loads(sys.argv[4])
engine = DuckDBEngine(path)
out = {}
for query in sorted(load_library(STARTER_LIBRARY), key=lambda q: q.name):
    binds = default_binds(query, today)
    binds.update(required.get(query.name, {}))
    sql, used = render_sql(query, binds)
    engine.run(sql, used, timeout_s=60, max_rows=5000)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = engine.run(sql, used, timeout_s=60, max_rows=5000)
        times.append((time.perf_counter() - t0) * 1000)
    out[query.name] = {"median_ms": statistics.median(times), "max_ms": max(times),
                       "rows": result.row_count}
engine.close()
print(json.dumps(out))
"""


def child(code: str, *args: str) -> tuple[dict, float, int]:
    """Run `code` in a fresh interpreter; return its JSON output, wall seconds, peak RSS bytes."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    output = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"child failed with exit code {proc.returncode}")
    return json.loads(output), wall, usage.ru_maxrss * 1024  # Linux reports KiB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query")
    parser.add_argument("--builds", type=int, default=3, help="timed warehouse builds")
    parser.add_argument("--today", default="2026-11-22")
    args = parser.parse_args()

    print(
        f"machine: {platform.machine()}, nproc={os.cpu_count()}, python {platform.python_version()}"
    )
    print(f"date: {dt.date.today().isoformat()}, scale={args.scale}, today={args.today}\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "warehouse.duckdb"
        builds = []
        for _ in range(args.builds):
            info, wall, rss = child(_BUILD, str(path), str(args.scale), args.today)
            builds.append((info, wall, rss))
        info = builds[-1][0]
        print("generation (fresh process each):")
        print(
            f"  generate() median {statistics.median(b[0]['elapsed'] for b in builds):.2f} s, "
            f"process wall median {statistics.median(b[1] for b in builds):.2f} s, "
            f"peak RSS max {max(b[2] for b in builds) / 2**20:.0f} MiB, "
            f"file {info['size'] / 2**20:.1f} MiB"
        )
        print("  rows: " + ", ".join(f"{t} {n:,}" for t, n in info["rows"].items()))

        results, _wall, rss = child(
            _QUERIES, str(path), str(args.runs), args.today, json.dumps(REQUIRED)
        )
        print(
            f"\nstarter queries, defaults, median of {args.runs} runs after a warm-up "
            f"(query process peak RSS {rss / 2**20:.0f} MiB):"
        )
        print("| query | median ms | max ms | rows |")
        print("| --- | ---: | ---: | ---: |")
        for name, r in results.items():
            print(f"| {name} | {r['median_ms']:.1f} | {r['max_ms']:.1f} | {r['rows']} |")
        slow = [n for n, r in results.items() if r["median_ms"] > 1000]
        print(f"\nover 1 s: {', '.join(slow) if slow else 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
