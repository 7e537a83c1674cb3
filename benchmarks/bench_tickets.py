"""Ticket queue speed on SQLite and PostgreSQL: creation and claim throughput through
TicketService, and the time to compute the queue stats with 100,000 tickets in the store.

    .venv/bin/python benchmarks/bench_tickets.py [--quick] [--backend sqlite|postgresql]

Prints the figures recorded in BENCHMARKS.md ("Tickets"). The 100,000 tickets (and 250,000
request-log rows) are bulk-inserted with executemany, not through the service. PostgreSQL runs
in a throw-away database on TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/test).
No timing is asserted anywhere; the tests check behaviour only.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bot.db.session import make_engine, make_session_factory, upgrade
from bot.tickets.models import RequestLog, Ticket
from bot.tickets.roster import parse_roster, seed_roster
from bot.tickets.service import TicketService

PG_ADMIN_URL = os.environ.get("TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
DUE = datetime(2026, 12, 18, 17, 0, tzinfo=UTC)
MEMBERS = [f"U0MEMBER{i:02d}" for i in range(8)]
ROSTER = "members:\n" + "".join(f"  - {{id: {m}, name: M{i}}}\n" for i, m in enumerate(MEMBERS))


@contextmanager
def database(backend: str) -> Iterator[str]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        return
    import psycopg

    name = f"dr_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _rate(n: int, fn: Callable[[], None]) -> float:
    started = time.perf_counter()
    fn()
    return n / (time.perf_counter() - started)


def _threaded(n: int, threads: int, fn: Callable[[int], object]) -> float:
    barrier = threading.Barrier(threads)
    per_thread = n // threads

    def worker(k: int) -> None:
        barrier.wait()
        for i in range(per_thread):
            fn(k * per_thread + i)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(worker, range(threads)))
    return per_thread * threads / (time.perf_counter() - started)


def bench_throughput(url: str, n: int, threads: int) -> dict[str, float]:
    upgrade(url)
    engine = make_engine(url, pool_size=threads + 2)
    factory = make_session_factory(engine)
    seed_roster(factory, parse_roster(ROSTER, "roster.yaml"), now=NOW)
    svc = TicketService(factory, clock=lambda: NOW)
    out: dict[str, float] = {}

    created: list[int] = []

    def create_seq() -> None:
        for i in range(n):
            created.append(svc.create_ticket(f"request {i}", "U0REQ00001", "C1", due_at=DUE).id)

    out["create/s, 1 thread"] = _rate(n, create_seq)
    lock = threading.Lock()
    created_mt: list[int] = []

    def create_one(i: int) -> None:
        t = svc.create_ticket(f"request mt {i}", "U0REQ00001", "C1", due_at=DUE)
        with lock:
            created_mt.append(t.id)

    out[f"create/s, {threads} threads"] = _threaded(n, threads, create_one)

    def claim_seq() -> None:
        for i, ticket_id in enumerate(created):
            svc.claim(ticket_id, MEMBERS[i % len(MEMBERS)])

    out["claim/s, 1 thread"] = _rate(n, claim_seq)
    out[f"claim/s, {threads} threads"] = _threaded(
        n, threads, lambda i: svc.claim(created_mt[i], MEMBERS[i % len(MEMBERS)])
    )
    engine.dispose()
    return out


def _bulk_rows(n_tickets: int, n_requests: int) -> tuple[list[dict], list[dict]]:
    rng = random.Random(7)
    span = timedelta(days=730)
    tickets = []
    for i in range(n_tickets):
        created = NOW - span * (rng.random() ** 1.5)  # more recent tickets than old ones
        age = NOW - created
        open_ = age < timedelta(days=21) and rng.random() < 0.6
        state = (
            rng.choice(["assigned", "in_progress", "waiting", "open"])
            if open_
            else ("cancelled" if rng.random() < 0.08 else "done")
        )
        claimed = None
        if state != "open" and state != "assigned" or rng.random() < 0.3:
            claimed = created + timedelta(minutes=rng.expovariate(1 / 240))
        closed = None
        if state in ("done", "cancelled"):
            closed = min(NOW, created + timedelta(hours=rng.expovariate(1 / 30)))
        tickets.append(
            {
                "text": f"bulk request {i}",
                "state": state,
                "source": "unmatched",
                "requester_id": f"U0REQ{i % 300:05d}",
                "channel_id": "C0SALES001",
                "owner_id": None if state == "open" else MEMBERS[i % len(MEMBERS)],
                "claimed_by": MEMBERS[i % len(MEMBERS)]
                if state in ("in_progress", "waiting")
                else None,
                "priority": "normal",
                "due_at": created + timedelta(days=2),
                "created_at": created,
                "updated_at": closed or created,
                "claimed_at": claimed,
                "first_claimed_at": claimed,
                "closed_at": closed,
            }
        )
    requests = [
        {
            "text": "bulk",
            "status": "matched" if (ok := rng.random() < 0.7) else "unmatched",
            "answered": ok,
            "created_at": NOW - span * (rng.random() ** 1.5),
        }
        for _ in range(n_requests)
    ]
    return tickets, requests


def bench_stats(url: str, n_tickets: int, n_requests: int, runs: int) -> dict[str, float]:
    upgrade(url)
    engine = make_engine(url)
    tickets, requests = _bulk_rows(n_tickets, n_requests)
    started = time.perf_counter()
    with engine.begin() as conn:
        for i in range(0, len(tickets), 10_000):
            conn.execute(insert(Ticket.__table__), tickets[i : i + 10_000])
        for i in range(0, len(requests), 10_000):
            conn.execute(insert(RequestLog.__table__), requests[i : i + 10_000])
    load_s = time.perf_counter() - started
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    svc = TicketService(make_session_factory(engine), clock=lambda: NOW)
    started = time.perf_counter()
    first = svc.stats()
    cold_ms = (time.perf_counter() - started) * 1000
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        svc.stats()
        samples.append((time.perf_counter() - started) * 1000)
    engine.dispose()
    return {
        "bulk insert s": load_s,
        "stats first ms": cold_ms,
        "stats median ms": statistics.median(samples),
        "stats max ms": max(samples),
        "open tickets": first.open_total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer tickets (a smoke run)")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], action="append")
    args = parser.parse_args()
    backends = args.backend or ["sqlite", "postgresql"]
    n, threads = (100, 4) if args.quick else (1000, 8)
    n_tickets, n_requests = (10_000, 25_000) if args.quick else (100_000, 250_000)
    runs = 3 if args.quick else 20
    for backend in backends:
        with database(backend) as url:
            for name, value in bench_throughput(url, n, threads).items():
                print(f"{backend:<10} {name:<28} {value:10.0f}")
        with database(backend) as url:
            for name, value in bench_stats(url, n_tickets, n_requests, runs).items():
                print(f"{backend:<10} {name + f' ({n_tickets:,} tickets)':<28} {value:10.1f}")


if __name__ == "__main__":
    main()
