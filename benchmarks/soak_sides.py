"""Ack latency of several `serve`s side by side in one run: a change against main, same load.

`bench_soak.py` compares one `serve` with bare Bolt; comparing two versions of the app with it
takes two runs, and on a shared machine the load moves between them more than most changes
move the ratio. Here bare Bolt and one `serve` per checkout (each on a fresh PostgreSQL
database, the same fake Slack) take turns, the first side moving by one every round; each
`serve` settles (its jobs finish what it acked) before the next side runs. Per side and round:
the ack p99 and, from /proc (`soak_sched`), the acking process's CPU, run-queue wait and
involuntary switches per request; per `serve`, the median of its rounds' p99 ratios over bare
Bolt's. `--env NAME=VAR=VALUE` sets an environment variable for one side (a switch under
test); `--stop-jobs NAME` stops that side's jobs process (SIGSTOP) while it acks, to tell what
the jobs process costs the acks.

Usage: .venv/bin/python benchmarks/soak_sides.py --side main=/work/main --side new=. \
    [--rounds 8] [--c 8] [--size 200] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_soak  # noqa: E402
import soak_sched  # noqa: E402
from bench_ack import _children, _free_port, _spawn, _stop, _wait_up  # noqa: E402

_CLI = "import sys; from bot.cli import main; sys.exit(main())"


def start_side(settings: Any, port: int, tree: Path, extra: dict[str, str]) -> subprocess.Popen:
    """`serve` from the checkout `tree` (its own code, this interpreter)."""
    from bot.slack.process import settings_env

    env = {**os.environ, **settings_env(settings), "PYTHONPATH": str(tree), **extra}
    cmd = [sys.executable, "-c", _CLI, "serve", "--port", str(port), "--host", "127.0.0.1"]
    return subprocess.Popen(cmd, env=env, cwd=tree, start_new_session=True)


async def run(args: argparse.Namespace) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="soak_sides_"))
    library = tmp / "queries"
    library.mkdir()
    for f in (ROOT / "queries").glob("*.sql"):
        (library / f.name).write_text(f.read_text())
    port_file = tmp / "fake.url"
    fake = [sys.executable, str(ROOT / "benchmarks" / "bench_soak.py"), "--fake", str(port_file)]
    procs = [subprocess.Popen(fake, cwd=ROOT, start_new_session=True)]
    databases: list[str] = []
    envs: dict[str, dict[str, str]] = {}
    for item in args.env:
        name, var, value = item.split("=", 2)
        envs.setdefault(name, {})[var] = value
    try:
        while not port_file.exists():
            await asyncio.sleep(0.1)
        api_url = port_file.read_text()
        port = _free_port()
        floor = _spawn("--serve", "floor-fast", str(port), api_url, str(tmp), str(library))
        procs.append(floor)
        sides: list[dict[str, Any]] = [
            {"name": "floor", "url": f"http://127.0.0.1:{port}", "pid": floor.pid, "db": None}
        ]
        for spec in args.side:
            name, tree = spec.split("=", 1)
            url, db_name = bench_soak.fresh_database()
            databases.append(db_name)
            (tmp / name).mkdir()
            settings = bench_soak.app_settings(api_url, tmp / name, library, url)
            port = _free_port()
            proc = start_side(settings, port, Path(tree).resolve(), envs.get(name, {}))
            procs.append(proc)
            sides.append(
                {"name": name, "url": f"http://127.0.0.1:{port}", "pid": proc.pid, "db": url}
            )
        for s in sides:
            await _wait_up(s["url"])
            if s["db"]:
                warm = await bench_soak.load([s["url"]], 2.0, 4)
                await bench_soak.settle(s["db"], warm["acked"])
        await bench_soak.load([sides[0]["url"]], 1.0, args.c, mix=False)
        rounds: list[dict[str, Any]] = []
        for n in range(args.rounds):
            result: dict[str, Any] = {"loadavg": bench_soak.loadavg()}
            for s in sides[n % len(sides) :] + sides[: n % len(sides)]:
                stopped = _children(s["pid"]) if s["name"] in args.stop_jobs else []
                for pid in stopped:
                    os.kill(pid, signal.SIGSTOP)
                before = soak_sched.sample(s["pid"])
                done = await bench_soak.load(
                    [s["url"]], 60.0, args.c, mix=s["db"] is not None, limit=args.size
                )
                after = soak_sched.sample(s["pid"])
                for pid in stopped:
                    os.kill(pid, signal.SIGCONT)
                if s["db"]:
                    await bench_soak.settle(s["db"], done["acked"])
                result[s["name"]] = {
                    "p99_ms": done["ack_p99_ms"],
                    **soak_sched.per_request(before, after, done["sent"]),
                }
            rounds.append(result)
            print(n + 1, json.dumps(result), flush=True)
        return {"c": args.c, "size": args.size, "rounds": rounds, **figures(rounds, sides)}
    finally:
        for p in procs:
            _stop(p)
        for name in databases:
            bench_soak.drop_database(name)


def figures(rounds: list[dict[str, Any]], sides: list[dict[str, Any]]) -> dict[str, Any]:
    """Per `serve`: the median (min, max) of its rounds' p99 ratios over bare Bolt's; per side:
    the median of each per-request figure."""
    out: dict[str, Any] = {}
    for s in sides:
        name = s["name"]
        mine = [r[name] for r in rounds]
        entry = {
            key: round(statistics.median(m[key] for m in mine), 3)
            for key in ("p99_ms", "cpu_ms", "wait_ms", "preempted")
            if all(key in m for m in mine)
        }
        if s["db"]:
            ratios = sorted(r[name]["p99_ms"] / r["floor"]["p99_ms"] for r in rounds)
            entry["ratio"] = round(statistics.median(ratios), 2)
            entry["spread"] = [round(ratios[0], 2), round(ratios[-1], 2)]
        out[name] = entry
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", action="append", required=True, help="NAME=CHECKOUT")
    parser.add_argument("--env", action="append", default=[], help="NAME=VAR=VALUE")
    parser.add_argument("--stop-jobs", action="append", default=[], help="NAME")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--c", type=int, default=8)
    parser.add_argument("--size", type=int, default=200)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    results = asyncio.run(run(args))
    text = json.dumps(results, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
