"""Ack latency of `/datarequest` under signed load: the real app beside bare Bolt floors.

Each server runs behind uvicorn in its own subprocess on 127.0.0.1; a fake Slack Web API (its own
subprocess) receives what the real app posts after each ack. An aiohttp client sends signed
slash commands at concurrency 8 and 32 and measures the time to the HTTP 200 (the ack).

Servers:
- floor-default: a bare AsyncApp whose command listener only acks (Bolt defaults: the ack is
  awaited by polling every 10 ms);
- floor-fast: the same with process_before_response=True (no polling) - the fastest bare Bolt;
- app: `create_app()` with the starter library, the demo warehouse and SQLite; every request is
  matched, run and posted (or becomes a ticket) after the ack.
Then the app again while eight slow queries run (one DuckDB query per request, ~minutes each).

Usage: .venv/bin/python benchmarks/bench_ack.py [--requests 2000] [--out FILE]
       .venv/bin/python benchmarks/bench_ack.py --soak 8000  (memory of both processes)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from slack_helpers import (  # noqa: E402
    BOT_TOKEN,
    SIGNING_SECRET,
    command_body,
    sign,
)

TEXTS = [
    "revenue by region last month",
    "top 20 customers by revenue this year",
    "orders by status last 7 days",
    "average order value in EMEA last month",
    "refunds by reason last month",
    "can someone build a churn dashboard for the board",
]
SLOW_SQL = """/*---
title: Slow crunch report
examples:
  - the slow crunch report
keywords: [crunch]
---*/
SELECT count(*) AS n FROM range(50000000000) a WHERE a.range * 7 % 13 = 99
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- server processes ------------------------------------------------------------------------


def serve_fake(port_file: str) -> None:
    from fake_slack import FakeSlack

    os.nice(10)  # it stands for Slack's servers, which are not on this machine
    fake = FakeSlack(BOT_TOKEN).start()
    Path(port_file).write_text(fake.api_url)
    while True:
        time.sleep(3600)


def serve(kind: str, port: int, api_url: str, data_dir: str, library: str) -> None:
    import uvicorn

    if kind.startswith("floor"):
        from slack_bolt.async_app import AsyncApp
        from slack_bolt.authorization import AuthorizeResult

        async def authorize(**_kw: object) -> AuthorizeResult:
            return AuthorizeResult(
                enterprise_id=None,
                team_id="T0TEAM0001",
                bot_user_id="U0BOT00001",
                bot_id="B0BOT00001",
                bot_token=BOT_TOKEN,
            )

        app = AsyncApp(
            signing_secret=SIGNING_SECRET,
            authorize=authorize,
            process_before_response=kind == "floor-fast",
        )

        @app.command("/datarequest")
        async def only_ack(ack) -> None:  # noqa: ANN001
            await ack()

        from slack_bolt.adapter.asgi.async_handler import AsyncSlackRequestHandler

        uvicorn.run(
            AsyncSlackRequestHandler(app),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            access_log=False,
        )
        return
    # The app exactly as deployed: `datarequest serve` (front + jobs process, or one process).
    from bot.settings import Settings
    from bot.slack.process import settings_env

    settings = Settings(
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=api_url,
        data_dir=Path(data_dir),
        query_library=Path(library),
        triage_channel="C0TRIAGE01",
        query_timeout_s=600.0,
        log_level="WARNING",
    )
    env = {**os.environ, **settings_env(settings)}
    cmd = [
        sys.executable,
        "-c",
        "import sys; from bot.cli import main; sys.exit(main())",
        "serve",
        "--port",
        str(port),
        "--host",
        "127.0.0.1",
    ]
    if kind == "app-single":
        cmd.append("--single-process")
    os.execvpe(cmd[0], cmd, env)


def _spawn(*args: str) -> subprocess.Popen:
    # Its own session, so the server and the jobs process it starts stop together.
    return subprocess.Popen([sys.executable, __file__, *args], cwd=ROOT, start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    import signal

    # SIGTERM first: `serve` stops its jobs process and removes its socket folder.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:  # slow queries still running: no need to wait for them
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


# ---- load ------------------------------------------------------------------------------------------


async def _wait_up(url: str, timeout: float = 120.0) -> None:
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as s:
        while time.monotonic() < deadline:
            try:
                async with s.post(url + "/slack/events", data=b"") as r:
                    await r.read()
                    return
            except aiohttp.ClientError:
                await asyncio.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


async def post_signed(session: Any, url: str, body: str) -> int:
    """POST a signed form body to the app's /slack/events as Slack does; the HTTP status."""
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
    async with session.post(url + "/slack/events", data=body.encode(), headers=headers) as resp:
        await resp.read()
        return int(resp.status)


async def load(
    url: str, total: int, concurrency: int, texts: list[str], response_url: str = ""
) -> dict[str, float]:
    import aiohttp

    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker() -> None:
            nonlocal errors
            for i in counter:
                body = command_body(texts[i % len(texts)], response_url=response_url)
                started = time.perf_counter()
                if await post_signed(session, url, body) != 200:
                    errors += 1
                latencies.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "n": len(latencies),
        "p50": statistics.median(latencies),
        "p99": latencies[int(len(latencies) * 0.99) - 1],
        "max": latencies[-1],
        "rps": len(latencies) / elapsed,
        "errors": errors,
        "over_3s": sum(1 for x in latencies if x > 3000),
    }


async def slack_calls(api_url: str) -> int:
    import aiohttp

    stats = api_url.replace("/api/", "/stats")
    async with aiohttp.ClientSession() as s, s.get(stats) as r:
        return int((await r.json())["calls"])


async def settle(api_url: str, timeout: float = 300.0) -> None:
    """Wait until the app stops calling Slack (its jobs are done) so runs do not overlap."""
    deadline = time.monotonic() + timeout
    last, quiet_since = -1, time.monotonic()
    while time.monotonic() < deadline:
        now = await slack_calls(api_url)
        if now != last:
            last, quiet_since = now, time.monotonic()
        elif time.monotonic() - quiet_since > 2.0:
            return
        await asyncio.sleep(0.25)


async def run(total: int) -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp(prefix="bench_ack_"))
    library = tmp / "queries"
    library.mkdir()
    for f in (ROOT / "queries").glob("*.sql"):
        (library / f.name).write_text(f.read_text())
    (library / "slow_report.sql").write_text(SLOW_SQL)
    port_file = tmp / "fake.url"
    procs = [_spawn("--fake", str(port_file))]
    try:
        while not port_file.exists():
            await asyncio.sleep(0.1)
        api_url = port_file.read_text()
        reply = api_url.replace("/api/", "/response/bench")
        results: dict[str, object] = {}
        for kind in ("floor-default", "floor-fast", "app-single", "app"):
            port = _free_port()
            proc = _spawn("--serve", kind, str(port), api_url, str(tmp), str(library))
            procs.append(proc)
            url = f"http://127.0.0.1:{port}"
            await _wait_up(url)
            is_app = kind.startswith("app")
            texts = TEXTS if is_app else ["revenue by region last month"]
            await load(url, 200, 8, texts, reply)  # warm-up (imports, warehouse, caches)
            if is_app:
                await settle(api_url)
            for c in (8, 32):
                results[f"{kind} c={c}"] = await load(url, total, c, texts, reply)
                print(kind, c, results[f"{kind} c={c}"], flush=True)
                if is_app:
                    await settle(api_url)
            if is_app:
                # Eight slow queries in flight, then the same load at concurrency 8.
                await load(url, 8, 8, ["the slow crunch report"], reply)
                await asyncio.sleep(1.0)
                results["app c=8, 8 slow queries running"] = await load(url, total, 8, TEXTS, reply)
                results[f"{kind} c=8, 8 slow queries running"] = results.pop(
                    "app c=8, 8 slow queries running"
                )
                print(kind, "slow", results[f"{kind} c=8, 8 slow queries running"], flush=True)
            _stop(proc)  # (a graceful stop would wait for the slow queries)
        return results
    finally:
        for p in procs:
            _stop(p)


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


async def soak(total: int, chunks: int = 4) -> dict[str, object]:
    """The deployed app (front + jobs process) under `total` mixed requests at concurrency 8:
    resident memory of both processes after a warm-up and after each chunk."""
    tmp = Path(tempfile.mkdtemp(prefix="bench_soak_"))
    library = tmp / "queries"
    library.mkdir()
    for f in (ROOT / "queries").glob("*.sql"):
        (library / f.name).write_text(f.read_text())
    port_file = tmp / "fake.url"
    procs = [_spawn("--fake", str(port_file))]
    try:
        while not port_file.exists():
            await asyncio.sleep(0.1)
        api_url = port_file.read_text()
        reply = api_url.replace("/api/", "/response/bench")
        port = _free_port()
        front = _spawn("--serve", "app", str(port), api_url, str(tmp), str(library))
        procs.append(front)
        url = f"http://127.0.0.1:{port}"
        await _wait_up(url)
        await load(url, 300, 8, TEXTS, reply)
        await settle(api_url)
        (jobs,) = _children(front.pid)
        memory = [{"requests": 0, "front_kb": _rss_kb(front.pid), "jobs_kb": _rss_kb(jobs)}]
        errors = 0
        for i in range(1, chunks + 1):
            stats = await load(url, total // chunks, 8, TEXTS, reply)
            errors += int(stats["errors"])
            await settle(api_url)
            sent = i * (total // chunks)
            memory.append(
                {"requests": sent, "front_kb": _rss_kb(front.pid), "jobs_kb": _rss_kb(jobs)}
            )
            print(memory[-1], stats, flush=True)
        return {"errors": errors, "memory": memory}
    finally:
        for p in procs:
            _stop(p)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--soak", type=int, help="only the soak: N requests, memory per chunk")
    parser.add_argument("--fake", help=argparse.SUPPRESS)
    parser.add_argument("--serve", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fake:
        serve_fake(args.fake)
        return
    if args.serve:
        kind, port, api_url, data_dir, library = args.serve
        serve(kind, int(port), api_url, data_dir, library)
        return
    results = asyncio.run(soak(args.soak) if args.soak else run(args.requests))
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text)
    print(f"nproc={os.cpu_count()}")


if __name__ == "__main__":
    main()
