"""Soak: mixed slash commands and clicks against `datarequest serve` with durable intake.

Everything on 127.0.0.1, every phase bounded in time. A fake Slack (its own subprocess) stamps
the arrival of every keyed message. The app runs exactly as deployed (`datarequest serve`: front
+ jobs process) on a fresh PostgreSQL database: first one `serve`, then two `serve` processes
sharing it (requests alternate between them); `--sqlite` adds one `serve` on SQLite.
Reported:

- ack latency p50/p99 at concurrency 8 and 32 for bare Bolt (`process_before_response=True`,
  a listener that only acks) and for the app, in six alternating rounds of the same run (the
  app's jobs finish before each bare Bolt round), each round's p99 ratio app/floor printed with
  the load average at its start; the figure is the median of the six ratios, with their spread
  (min, max) and the ratio of the p99s over every round's requests pooled;
- requests sent, errors (non-200), lost (acked but never done in the intake), duplicates (a
  message key posted twice), resident memory of front + jobs at start and end;
- time to answer (command sent -> result message received by the fake Slack) p50/p99 at
  concurrency 1 and 8 (that many people, each asking again once answered), beside the floor:
  the same work done directly in one process, as many at once (`services.answer`: matcher +
  the query on DuckDB, then one chat.postMessage).

Usage: .venv/bin/python benchmarks/bench_soak.py [--seconds 4] [--out FILE]
Needs PostgreSQL at PG_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import soak_sched  # noqa: E402
from bench_ack import (  # noqa: E402
    TEXTS,
    _children,
    _free_port,
    _rss_kb,
    _spawn,
    _stop,
    _wait_up,
    post_signed,
)
from slack_helpers import (  # noqa: E402
    BOT_TOKEN,
    SIGNING_SECRET,
    block_actions_body,
    command_body,
    next_id,
)

PG_URL = os.environ.get("PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ANSWERABLE = [t for t in TEXTS if "dashboard" not in t]
CLICK_SHARE = 0.2
STEP_LIMIT = {8: 600, 32: 1200}  # requests per load step of the app
# Beside bare Bolt: ROUNDS alternating rounds per concurrency, each with its own ratio, of
# ROUND_SIZE requests on each side.
ROUNDS = 6
ROUND_SIZE = {8: 200, 32: 300}
_CLI = "import sys; from bot.cli import main; sys.exit(main())"


# ---- the fake Slack, stamping keyed messages ------------------------------------------------------


def serve_fake(port_file: str) -> None:
    from urllib.parse import parse_qs, urlparse

    from fake_slack import FakeSlack

    class StampingSlack(FakeSlack):
        def __init__(self) -> None:
            super().__init__(BOT_TOKEN)
            self.stamps: dict[str, list[float]] = {}

        def _m_chat_postMessage(self, args: dict) -> dict:  # noqa: N802
            result = super()._m_chat_postMessage(args)
            meta = args.get("metadata")
            meta = json.loads(meta) if isinstance(meta, str) else (meta or {})
            key = (meta.get("event_payload") or {}).get("key")
            if result.get("ok") and key:
                self.stamps.setdefault(key, []).append(time.time())
            return result

        def _handle(self, path: str, headers: dict[str, str], raw: bytes) -> Any:
            url = urlparse(path)
            if url.path == "/keys":
                with self._cond:
                    return 200, {"ok": True, "keys": dict(self.stamps)}, {}
            if url.path == "/wait":  # long poll: when was this key first posted (bounded)
                key = parse_qs(url.query)["key"][0]
                with self._cond:
                    self._cond.wait_for(lambda: key in self.stamps, timeout=60)
                    return 200, {"ok": True, "at": (self.stamps.get(key) or [None])[0]}, {}
            return super()._handle(path, headers, raw)

    os.nice(10)  # it stands for Slack's servers, which are not on this machine
    fake = StampingSlack().start()
    Path(port_file).write_text(fake.api_url)
    while True:
        time.sleep(3600)


async def posted_keys(api_url: str) -> dict[str, list[float]]:
    import aiohttp

    async with aiohttp.ClientSession() as s, s.get(api_url.replace("/api/", "/keys")) as r:
        return dict((await r.json())["keys"])


# ---- the app -------------------------------------------------------------------------------------


def app_settings(api_url: str, data_dir: Path, library: Path, database_url: str) -> Any:
    from bot.settings import Settings

    return Settings(
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=api_url,
        data_dir=data_dir,
        database_url=database_url,
        query_library=library,
        triage_channel="C0TRIAGE01",
        query_timeout_s=60.0,
        log_level="WARNING",
    )


def start_serve(settings: Any, port: int, trace: Path | None = None) -> subprocess.Popen[bytes]:
    from bot.slack.ack_trace import ENV as TRACE_ENV
    from bot.slack.process import settings_env

    env = {**os.environ, **settings_env(settings)}
    if trace is not None:
        env[TRACE_ENV] = str(trace)
    cmd = [sys.executable, "-c", _CLI, "serve", "--port", str(port), "--host", "127.0.0.1"]
    return subprocess.Popen(cmd, env=env, cwd=ROOT, start_new_session=True)


def memory_kb(proc: subprocess.Popen[bytes]) -> int:
    return _rss_kb(proc.pid) + sum(_rss_kb(c) for c in _children(proc.pid))


def fresh_database() -> tuple[str, str]:
    import psycopg

    name = f"bench_soak_{uuid.uuid4().hex[:10]}"
    admin = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return PG_URL.rsplit("/", 1)[0] + "/" + name, name


def drop_database(name: str) -> None:
    import psycopg

    admin = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# ---- load ------------------------------------------------------------------------------------------


def _request(mix: bool) -> tuple[str, str]:
    """(delivery key, body): a command, or (with `mix`) sometimes a Claim click."""
    if mix and random.random() < CLICK_SHARE:  # noqa: S311 (load shape, not security)
        trigger = next_id("3337.")
        action = {"action_id": "ticket_claim", "value": str(random.randint(1, 20))}  # noqa: S311
        message = {"ts": "1700000000.000100", "text": "ticket", "blocks": []}
        body = block_actions_body(
            action, channel_id="C0TRIAGE01", message=message, trigger_id=trigger
        )
        return f"block_actions:{trigger}", body
    trigger = next_id("4337.")
    text = random.choice(TEXTS if mix else ANSWERABLE)  # noqa: S311
    return f"cmd:{trigger}", command_body(text, trigger_id=trigger)


async def load(
    urls: list[str], seconds: float, concurrency: int, *, mix: bool = True, limit: int = 0
) -> dict[str, Any]:
    """Send requests for `seconds` (or `limit` requests); ack latencies and what was acked."""
    import aiohttp

    latencies: list[float] = []
    samples: list[tuple[str, float, float, int]] = []  # (key, start, ms, n-th): for --trace
    acked: dict[str, float] = {}
    errors = 0
    sent = 0
    deadline = time.monotonic() + seconds
    connector = aiohttp.TCPConnector(limit=concurrency * len(urls))
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker(n: int) -> None:
            nonlocal errors, sent
            while time.monotonic() < deadline and (not limit or sent < limit):
                sent += 1
                key, body = _request(mix)
                url = urls[(sent + n) % len(urls)]
                started, wall = time.perf_counter(), time.time()
                try:
                    ok = await post_signed(session, url, body) == 200
                except aiohttp.ClientError:
                    ok = False
                latencies.append((time.perf_counter() - started) * 1000)
                samples.append((key, wall, latencies[-1], len(samples)))
                if ok:
                    acked[key] = wall
                else:
                    errors += 1

        await asyncio.gather(*(worker(n) for n in range(concurrency)))
    run = {"sent": sent, "errors": errors, "latencies": latencies, "acked": acked}
    return summary([{**run, "samples": samples}])


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Load runs taken together: counts summed, ack percentiles over every request."""
    latencies = sorted(ms for run in runs for ms in run["latencies"])
    return {
        "sent": sum(run["sent"] for run in runs),
        "errors": sum(run["errors"] for run in runs),
        "ack_p50_ms": round(statistics.median(latencies), 2),
        "ack_p99_ms": round(latencies[max(0, int(len(latencies) * 0.99) - 1)], 2),
        "latencies": latencies,
        "samples": [s for run in runs for s in run.get("samples", [])],
        "acked": {key: wall for run in runs for key, wall in run["acked"].items()},
    }


def loadavg() -> float:
    """The machine's 1-minute load average (other work on the machine weighs on every figure)."""
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def round_ratios(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Each round's app/floor ack p99 ratio, their median and their spread (min, max)."""
    ratios = sorted(r["ratio"] for r in rounds)
    return {
        "median": round(statistics.median(ratios), 2),
        "spread": [ratios[0], ratios[-1]],
        "rounds": len(ratios),
    }


async def alternating(
    urls: list[str],
    floor_url: str,
    database_url: str,
    seconds: float,
    c: int,
    pids: dict[str, int] | None = None,
) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """Bare Bolt and the app in ROUNDS alternating rounds at concurrency `c`, the same number of
    requests on each side of a round (ROUND_SIZE), the side that goes first switching
    every round: a machine whose load drifts during the run (other work, checkpoints) weighs
    on both alike, and each round gives a ratio of its own, so one unlucky second moves one
    ratio of several rather than the figure. The app's jobs finish what it acked before the
    floor runs, so the floor never runs beside them. `seconds` bounds each side of a round.
    With `pids` ("floor", "front", "jobs"), each round also says what the scheduler did to
    each side's acking process per request, and the cores the jobs process used meanwhile
    (`soak_sched`)."""
    pids = pids or {}
    floor_runs, app_runs, rounds = [], [], []
    per_round = ROUND_SIZE[c]

    async def side(
        targets: list[str], pid: int | None, mix: bool
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        watched = [p for p in (pid, None if not mix else pids.get("jobs")) if p]
        before = {p: soak_sched.sample(p) for p in watched}
        started = time.monotonic()
        run = await load(targets, seconds, c, mix=mix, limit=per_round)
        elapsed = time.monotonic() - started
        after = {p: soak_sched.sample(p) for p in watched}
        sched: dict[str, Any] = {}
        if pid:
            sched = soak_sched.per_request(before[pid], after[pid], run["sent"])
        if mix and pids.get("jobs"):
            sched["jobs_cores"] = soak_sched.cores(
                before[pids["jobs"]], after[pids["jobs"]], elapsed
            )
        return run, sched

    for n in range(ROUNDS):
        load_at = loadavg()
        if n % 2:
            app_run, app_sched = await side(urls, pids.get("front"), True)
            await settle(database_url, app_run["acked"])
            floor_run, floor_sched = await side([floor_url], pids.get("floor"), False)
        else:
            floor_run, floor_sched = await side([floor_url], pids.get("floor"), False)
            app_run, app_sched = await side(urls, pids.get("front"), True)
            await settle(database_url, app_run["acked"])
        floor_runs.append(floor_run)
        app_runs.append(app_run)
        app_p99, floor_p99 = app_run["ack_p99_ms"], floor_run["ack_p99_ms"]
        rounds.append(
            {
                "app_p99_ms": app_p99,
                "floor_p99_ms": floor_p99,
                "ratio": round(app_p99 / floor_p99, 2),
                "loadavg": load_at,
                **({"app_sched": app_sched, "floor_sched": floor_sched} if pids else {}),
            }
        )
        print(f"  c={c} round {n + 1}/{ROUNDS}", rounds[-1], flush=True)
    return summary(app_runs), summary(floor_runs), rounds


def intake_states(database_url: str) -> dict[str, str]:
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT key, state FROM slack_intake")).all()
    engine.dispose()
    return {key: state for key, state in rows}


async def settle(database_url: str, acked: dict[str, float], timeout: float = 90.0) -> int:
    """Wait (bounded) until every acked request is done in the intake; the number not done."""
    deadline = time.monotonic() + timeout
    while True:
        states = await asyncio.to_thread(intake_states, database_url)
        lost = sum(1 for key in acked if states.get(key) != "done")
        if lost == 0 or time.monotonic() > deadline:
            return lost
        await asyncio.sleep(0.5)


def percentiles(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "p50_ms": round(statistics.median(values) * 1000, 1),
        "p99_ms": round(values[max(0, int(len(values) * 0.99) - 1)] * 1000, 1),
    }


async def time_to_answer(url: str, api_url: str, concurrency: int, count: int) -> dict[str, Any]:
    """Answerable commands, `concurrency` people at once, each asking again once answered:
    command sent -> the result message's arrival at the fake Slack (it long-polls for the key)."""
    import aiohttp

    waits: list[float] = []
    unanswered = 0
    wait_url = api_url.replace("/api/", "/wait")
    async with aiohttp.ClientSession() as session:

        async def person(n: int) -> None:
            nonlocal unanswered
            for i in range(n, count, concurrency):
                trigger = next_id("5337.")
                body = command_body(ANSWERABLE[i % len(ANSWERABLE)], trigger_id=trigger)
                sent = time.time()
                await post_signed(session, url, body)
                async with session.get(wait_url, params={"key": f"cmd:{trigger}:1"}) as r:
                    at = (await r.json())["at"]
                if at is None:
                    unanswered += 1
                else:
                    waits.append(at - sent)

        await asyncio.gather(*(person(n) for n in range(concurrency)))
    return {**percentiles(waits), "unanswered": unanswered}


def direct_floor(settings: Any, count: int, concurrency: int) -> dict[str, Any]:
    """The same work without Slack plumbing: services.answer, then one chat.postMessage."""
    from concurrent.futures import ThreadPoolExecutor

    from slack_sdk import WebClient

    from bot.services import build_services

    services = build_services(settings)
    client = WebClient(token=BOT_TOKEN, base_url=settings.slack_api_url)

    def one(i: int) -> float:
        started = time.time()
        context = services.context(user="U0FLOOR001", where="C0GENERAL1", source="slash")
        outcome = services.answer(ANSWERABLE[i % len(ANSWERABLE)], context)
        client.chat_postMessage(channel="C0GENERAL1", text=str(getattr(outcome, "decision", "")))
        return time.time() - started

    one(0)  # warm-up
    with ThreadPoolExecutor(concurrency) as pool:
        waits = list(pool.map(one, range(count)))
    services.close()
    return percentiles(waits)


def _public(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if k not in ("acked", "latencies", "samples")}


async def soak_app(
    settings: Any,
    api_url: str,
    database_url: str,
    processes: int,
    seconds: float,
    floor_url: str | None = None,
    trace: Path | None = None,
    floor_pid: int | None = None,
) -> dict[str, Any]:
    phase_start = time.time()  # ticket ids restart with a new database: count this phase only
    procs, urls = [], []
    for _ in range(processes):
        port = _free_port()
        procs.append(start_serve(settings, port, trace))
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url in urls:
            await _wait_up(url)
        warm = await load(urls, 2.0, 4)
        await settle(database_url, warm["acked"])
        result: dict[str, Any] = {"memory_start_kb": sum(memory_kb(p) for p in procs)}
        acked: dict[str, float] = {}
        for c in (8, 32):  # bounded in count too, so the jobs catch up within the run
            if floor_url:
                load_at = loadavg()
                pids = {"floor": floor_pid or 0, "front": procs[0].pid}
                if processes == 1 and (jobs := _children(procs[0].pid)):
                    pids["jobs"] = jobs[0]
                run, floor, rounds = await alternating(
                    urls, floor_url, database_url, seconds, c, pids
                )
                result[f"bolt floor c={c}"] = _public(floor)
                result[f"rounds c={c}"] = rounds
                result[f"loadavg c={c}"] = [load_at, loadavg()]
                print("bolt floor", c, result[f"bolt floor c={c}"], flush=True)
            else:
                run = await load(urls, seconds, c, limit=STEP_LIMIT[c])
            acked.update(run["acked"])
            result[f"c={c}"] = _public(run)
            if trace is not None:
                from soak_trace import explain

                result[f"trace c={c}"] = explain(trace, run["samples"])
            print(processes, "process(es)", c, result[f"c={c}"], flush=True)
        result["lost"] = await settle(database_url, acked)
        keys = await posted_keys(api_url)
        result["duplicates"] = sum(
            1 for stamps in keys.values() if sum(t >= phase_start for t in stamps) > 1
        )
        result["memory_end_kb"] = sum(memory_kb(p) for p in procs)
        if processes == 1:
            for c, n in ((1, 20), (8, 80)):
                result[f"time_to_answer c={c}"] = await time_to_answer(urls[0], api_url, c, n)
                print("time to answer", c, result[f"time_to_answer c={c}"], flush=True)
        return result
    finally:
        for p in procs:
            _stop(p)


async def run(seconds: float, sqlite: bool = False, trace: Path | None = None) -> dict[str, Any]:
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="bench_soak_"))
    library = tmp / "queries"
    library.mkdir()
    for f in (ROOT / "queries").glob("*.sql"):
        (library / f.name).write_text(f.read_text())
    port_file = tmp / "fake.url"
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--fake", str(port_file)], cwd=ROOT, start_new_session=True
        )
    ]
    database_url, db_name = fresh_database()
    try:
        while not port_file.exists():
            await asyncio.sleep(0.1)
        api_url = port_file.read_text()
        results: dict[str, Any] = {}
        port = _free_port()
        floor = _spawn("--serve", "floor-fast", str(port), api_url, str(tmp), str(library))
        procs.append(floor)
        url = f"http://127.0.0.1:{port}"
        await _wait_up(url)
        await load([url], 1.0, 8, mix=False)
        # One serve, its load steps alternating with bare Bolt's (which handles the command
        # only); then two serves sharing one PostgreSQL database; `--sqlite`: one on SQLite too.
        settings = app_settings(api_url, tmp, library, database_url)
        results["one serve"] = await soak_app(
            settings,
            api_url,
            database_url,
            1,
            seconds,
            floor_url=url,
            trace=trace,
            floor_pid=floor.pid,
        )
        _stop(floor)
        for c in (8, 32):
            results[f"bolt floor c={c}"] = results["one serve"].pop(f"bolt floor c={c}")
            results[f"rounds c={c}"] = results["one serve"].pop(f"rounds c={c}")
            results[f"loadavg during c={c}"] = results["one serve"].pop(f"loadavg c={c}")
        if sqlite:
            sqlite_url = f"sqlite:///{tmp / 'bot.sqlite3'}"
            sqlite_settings = app_settings(api_url, tmp, library, sqlite_url)
            results["one serve (SQLite)"] = await soak_app(
                sqlite_settings, api_url, sqlite_url, 1, seconds
            )
        results["two serves"] = await soak_app(settings, api_url, database_url, 2, seconds)
        for c in (8, 32):
            floor_p99 = results[f"bolt floor c={c}"]["ack_p99_ms"]
            app_p99 = results["one serve"][f"c={c}"]["ack_p99_ms"]
            # The figure: the median of the rounds' ratios, with their spread; the ratio of the
            # p99s over every round's requests taken together (the figure before) beside it.
            results[f"ack p99 ratio app/floor c={c}"] = round_ratios(results[f"rounds c={c}"])
            results[f"ack p99 ratio app/floor c={c}"]["pooled"] = round(app_p99 / floor_p99, 2)
        for c, n in ((1, 20), (8, 80)):
            floor_tta = await asyncio.to_thread(direct_floor, settings, n, c)
            results[f"direct floor time_to_answer c={c}"] = floor_tta
        results["elapsed_s"] = round(time.monotonic() - started, 1)
        return results
    finally:
        for p in procs:
            _stop(p)
        drop_database(db_name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="per load step (default 4)")
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--sqlite", action="store_true", help="also one serve on SQLite (a longer run)"
    )
    parser.add_argument(
        "--trace", type=Path, help="trace one serve into this folder and explain its slowest acks"
    )
    parser.add_argument("--fake", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fake:
        serve_fake(args.fake)
        return
    if args.trace:
        args.trace.mkdir(parents=True, exist_ok=True)
    results = asyncio.run(run(args.seconds, args.sqlite, args.trace))
    with open("/proc/loadavg") as f:
        load_avg = f.read().split()[:3]
    results["machine"] = {
        "nproc": os.cpu_count(),
        "ram_kb": int(Path("/proc/meminfo").read_text().split()[1]),
        "loadavg": load_avg,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
