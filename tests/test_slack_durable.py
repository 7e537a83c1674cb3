"""Nothing acked is lost: `kill -9` of the jobs process or of the whole `serve` mid-burst.

Real `datarequest serve` processes on loopback, a fake Slack, SQLite and PostgreSQL. A burst of
50 slash commands (answerable and unmatched, alternating) is sent 8 at a time; after 15 acks the
jobs process (or the whole process group of `serve`) is killed with SIGKILL. Then (after the
supervisor restarted the jobs process, or after `serve` is started again) every acked request
must be answered or ticketed exactly once: one result post, or one ticket with one triage post
and one reply, and no message key posted twice.
"""

from __future__ import annotations

import http.client
import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, next_id, post_signed
from sqlalchemy import select

from bot.db.session import make_engine, make_session_factory
from bot.slack.intake import IntakeStore
from bot.slack.process import settings_env
from bot.tickets.models import Ticket

CLI = [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]
BURST = 50
KILL_AFTER = 15
ANSWERABLE = "revenue by region in October 2026"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Serve:
    """One `datarequest serve` (its own process group) with its log lines collected."""

    def __init__(self, tmp_path: Path, settings: Any, *options: str) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        env.update(settings_env(settings))
        self.proc = subprocess.Popen(
            [*CLI, "serve", "--port", str(self.port), "--host", "127.0.0.1", *options],
            env=env,
            cwd=tmp_path,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.lines: list[str] = []
        self._changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()

    def wait_for_line(self, pattern: str, timeout: float = 90) -> re.Match[str]:
        with self._changed:
            found: list[re.Match[str]] = []

            def seen() -> bool:
                found[:] = [m for line in self.lines if (m := re.search(pattern, line))]
                return bool(found)

            assert self._changed.wait_for(seen, timeout), f"no {pattern!r} in {self.lines}"
            return found[-1]

    def wait_healthy(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as r:  # noqa: S310
                    if r.read().startswith(b"ok"):
                        return
            except OSError:
                pass
            assert self.proc.poll() is None, "".join(self.lines)
            assert time.monotonic() < deadline, "serve did not come up"
            time.sleep(0.1)

    def jobs_pid(self) -> int:
        return int(self.wait_for_line(r"jobs process (\d+) (listening|started)").group(1))

    def kill_group(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill_group()


def _burst(base: str, kill: Any) -> list[tuple[str, bool]]:
    """Send BURST commands 8 at a time; call `kill()` after KILL_AFTER acks.

    Returns (trigger_id, answerable) of every acked request.
    """
    requests = []
    for i in range(BURST):
        trigger = next_id("7001.")
        text = ANSWERABLE if i % 2 == 0 else f"please build a churn dashboard number {i}"
        requests.append((trigger, i % 2 == 0, command_body(text, trigger_id=trigger)))
    acked: list[tuple[str, bool]] = []
    killed = False

    def send(body: str) -> int | None:
        try:
            return post_signed(base, body, timeout=20)[0]
        except (OSError, http.client.HTTPException):  # cut off by the kill: not acked
            return None

    with ThreadPoolExecutor(8) as pool:
        futures = {pool.submit(send, body): (t, a) for t, a, body in requests}
        for future in as_completed(futures):
            if future.result() == 200:
                acked.append(futures[future])
                if len(acked) == KILL_AFTER and not killed:
                    killed = True
                    kill()
    assert killed and len(acked) >= KILL_AFTER
    return acked


def _key(message: dict[str, Any]) -> str | None:
    meta = message.get("metadata") or {}
    return (meta.get("event_payload") or {}).get("key")


def _wait_settled(fake: FakeSlack, factory: Any, acked: list[tuple[str, bool]]) -> None:
    """Wait (bounded) until nothing is pending and every acked request has its post."""
    store = IntakeStore(factory)
    deadline = time.monotonic() + 180
    wanted = {f"cmd:{t}:1" for t, _ in acked}
    while True:
        keys = {_key(m) for m in fake.posted()}
        if wanted <= keys and store.counts().get("pending", 0) == 0:
            return
        missing = len(wanted - keys)
        assert time.monotonic() < deadline, f"{missing} acked requests never answered"
        time.sleep(0.2)


def _assert_exactly_once(
    fake: FakeSlack, factory: Any, acked: list[tuple[str, bool]], bursts: int = 1
) -> None:
    posted = fake.posted()
    keys = Counter(k for m in posted if (k := _key(m)))
    assert [k for k, n in keys.items() if n > 1] == [], "a message was posted twice"
    by_key = {_key(m): m for m in posted}
    with factory() as session:
        tickets = {t.idempotency_key: t for t in session.scalars(select(Ticket)).all()}
    for trigger, answerable in acked:
        reply = by_key[f"cmd:{trigger}:1"]
        if answerable:
            assert reply["text"].startswith("Revenue by region"), reply["text"]
            assert f"cmd:{trigger}" not in tickets
        else:
            ticket = tickets[f"cmd:{trigger}"]
            assert keys[f"ticket:{ticket.id}:triage"] == 1
            assert ticket.message_ts is not None
    assert len(tickets) <= bursts * BURST // 2


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


def _factory(url: str) -> Any:
    return make_session_factory(make_engine(url))


def test_kill_9_of_the_jobs_process_mid_burst_loses_nothing(tmp_path: Path, database: str) -> None:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=database)
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            first = serve.jobs_pid()
            acked = _burst(serve.base, lambda: os.kill(first, signal.SIGKILL))
            died = serve.wait_for_line(rf"jobs process {first} died \(([^)]*)\)")
            assert died.group(1) == "signal SIGKILL"
            restarted = int(serve.wait_for_line(r"jobs process (\d+) started").group(1))
            assert restarted != first
            factory = _factory(database)
            _wait_settled(fake, factory, acked)
            _assert_exactly_once(fake, factory, acked)
            # The dead child was reaped (no zombie) and the scheduler runs in the new one.
            assert not Path(f"/proc/{first}").exists()
        finally:
            serve.stop()


def _kill_all_mid_burst_then_restart(tmp_path: Path, database: str, *options: str) -> None:
    """`kill -9` of the whole `serve` in the middle of a burst, a new one with the same
    options, and every acked request is answered or ticketed exactly once."""
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=database)
        serve = Serve(tmp_path, settings, *options)
        try:
            serve.wait_healthy()
            serve.wait_for_line(r"jobs (process \d+ listening|thread started)")
            acked = _burst(serve.base, serve.kill_group)
        finally:
            serve.stop()
        again = Serve(tmp_path, settings, *options)
        try:
            again.wait_healthy()
            factory = _factory(database)
            _wait_settled(fake, factory, acked)
            _assert_exactly_once(fake, factory, acked)
        finally:
            again.stop()


def test_kill_9_of_the_whole_serve_mid_burst_then_restart_loses_nothing(
    tmp_path: Path, database: str
) -> None:
    _kill_all_mid_burst_then_restart(tmp_path, database)


def test_single_process_serve_is_durable_too(tmp_path: Path, pg_url: str) -> None:
    """`serve --single-process` stores each request before its ack as well."""
    _kill_all_mid_burst_then_restart(tmp_path, pg_url, "--single-process")


def test_two_serves_on_postgresql_share_the_intake_and_survive_a_kill(
    tmp_path: Path, pg_url: str
) -> None:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=pg_url)
        first, second = Serve(tmp_path, settings), Serve(tmp_path, settings)
        try:
            first.wait_healthy()
            second.wait_healthy()
            victim = second.jobs_pid()
            acked = _burst(first.base, lambda: os.kill(victim, signal.SIGKILL))
            acked += _burst(second.base, lambda: None)
            factory = _factory(pg_url)
            _wait_settled(fake, factory, acked)
            _assert_exactly_once(fake, factory, acked, bursts=2)
        finally:
            first.stop()
            second.stop()


def test_kill_9_at_seeded_random_moments_then_restart_loses_nothing(tmp_path: Path) -> None:
    """Not only after a fixed number of acks: two rounds of a burst with requests spread over
    half a second and `kill -9` of the whole `serve` after a seeded random delay (a Slack that
    fails after storing on the way), then a new `serve`: every acked request exactly once."""
    rng = random.Random(20261203)
    database = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    acked: list[tuple[str, bool]] = []
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=database)
        for _ in range(2):
            serve = Serve(tmp_path, settings)
            try:
                serve.wait_healthy()
                fake.fail_next(2, 500, method="chat.postMessage", after_storing=True)
                acked += _spread_burst(serve, rng, rng.uniform(0.1, 1.2))
            finally:
                serve.stop()
        fake.recover()
        again = Serve(tmp_path, settings)
        try:
            again.wait_healthy()
            factory = _factory(database)
            _wait_settled(fake, factory, acked)
            _assert_exactly_once(fake, factory, acked, bursts=2)
        finally:
            again.stop()


def _spread_burst(serve: Serve, rng: random.Random, kill_after_s: float) -> list[tuple[str, bool]]:
    """20 commands sent 8 at a time, each after a random pause; the group killed meanwhile."""
    jobs = []
    for i in range(20):
        trigger = next_id("7201.")
        text = ANSWERABLE if i % 2 == 0 else f"please build a churn dashboard number {trigger}"
        jobs.append((trigger, i % 2 == 0, command_body(text, trigger_id=trigger), rng.random() / 2))

    def send(trigger: str, answerable: bool, body: str, pause: float) -> tuple[str, bool] | None:
        time.sleep(pause)
        try:
            status = post_signed(serve.base, body, timeout=20)[0]
        except (OSError, http.client.HTTPException):  # cut off by the kill: not acked
            return None
        return (trigger, answerable) if status == 200 else None

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(send, *job) for job in jobs]
        time.sleep(kill_after_s)
        serve.kill_group()
        return [done for future in futures if (done := future.result()) is not None]
