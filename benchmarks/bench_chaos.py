"""Chaos: `kill -9` at random moments, many seeds, then every invariant (tests/chaos.py).

Each seed is a fresh database (SQLite file or PostgreSQL database) and a fresh fake Slack: a few
rounds of a mixed burst (slash commands, Claim clicks, Close submits, a minutely digest and
deadline reminders running; Slack failing some posts after storing them, refusing them with 429
or cutting the connection) with a kill at a random moment of the jobs process, the front, or the
whole `serve` (and, on PostgreSQL, of one of two `serve`s sharing the database), a restart of
what died, then Slack recovers and every invariant is checked, and a probe request must be
answered. Bounded: seeds run until `--seconds` is spent.

Reported per setup (sqlite, postgresql, two serves on postgresql): seeds, rounds, kills by
target, requests sent and acked, invariant violations (each listed with its seed).

Usage: .venv/bin/python benchmarks/bench_chaos.py [--seconds 600] [--rounds 4] [--seed 1]
       [--setups sqlite,postgresql,two] [--out FILE]
Needs PostgreSQL at PG_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chaos import Chaos  # noqa: E402
from fake_slack import FakeSlack  # noqa: E402

PG_URL = os.environ.get("PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_database() -> tuple[str, str]:
    import psycopg

    name = f"dr_chaos_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return PG_URL.rsplit("/", 1)[0] + "/" + name, name


def _drop(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_seed(setup: str, seed: int, rounds: int) -> dict[str, Any]:
    """One seed of `setup`: its rounds, then the invariants; a summary."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="chaos-") as tmp:
        tmp_path = Path(tmp)
        name = ""
        if setup == "sqlite":
            database = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
        else:
            database, name = _pg_database()
        try:
            with FakeSlack() as fake:
                chaos = Chaos(tmp_path, fake, database, rng, serves=2 if setup == "two" else 1)
                error, bad = "", []
                try:
                    for _ in range(rounds):
                        chaos.round()
                    bad += chaos.settle(120)
                    bad += chaos.probe(60) if not bad else []
                except (
                    AssertionError,
                    OSError,
                    TimeoutError,
                ) as exc:  # a serve that never came back
                    bad, error = [f"harness: {exc!s:.300}"], str(exc)[:300]
                finally:
                    bad += chaos.close()
                rec = chaos.record
                return {
                    "seed": seed,
                    "rounds": rec.rounds,
                    "kills": dict(rec.kills),
                    "sent": len(rec.commands) + len(rec.claims) + len(rec.closes),
                    "acked": sum(a for _, a in rec.commands.values())
                    + sum(rec.claims.values())
                    + sum(rec.closes.values()),
                    "violations": bad,
                    "error": error,
                }
        finally:
            if name:
                _drop(name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--setups", default="sqlite,postgresql,two")
    parser.add_argument("--out")
    args = parser.parse_args()
    setups = args.setups.split(",")
    deadline = time.monotonic() + args.seconds
    results: dict[str, list[dict[str, Any]]] = {s: [] for s in setups}
    seed = args.seed
    while time.monotonic() < deadline:
        for setup in setups:
            if time.monotonic() >= deadline:
                break
            summary = run_seed(setup, seed, args.rounds)
            results[setup].append(summary)
            print(
                f"{setup} seed {seed}: {summary['rounds']} rounds, kills {summary['kills']}, "
                f"{summary['acked']}/{summary['sent']} acked, "
                f"{len(summary['violations'])} violations {summary['violations'][:3]}",
                flush=True,
            )
        seed += 1
    print("\nsetup        seeds rounds  kills(jobs/front/group)  sent  acked  violations")
    for setup, runs in results.items():
        kills: Counter[str] = Counter()
        for r in runs:
            kills.update(r["kills"])
        line = (
            f"{setup:<12} {len(runs):>5} {sum(r['rounds'] for r in runs):>6}  "
            f"{kills['jobs']:>5}/{kills['front']}/{kills['group']:<14} "
            f"{sum(r['sent'] for r in runs):>5} {sum(r['acked'] for r in runs):>6}  "
            f"{sum(len(r['violations']) for r in runs):>10}"
        )
        print(line)
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 1 if any(r["violations"] for runs in results.values() for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
