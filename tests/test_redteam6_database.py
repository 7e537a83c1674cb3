"""Sixth red team: the database goes away (PostgreSQL restarted, stopped a while) under traffic.

A real `serve` on loopback with the fake Slack, on a PostgreSQL server of its own (a throwaway
one this test stops and starts; the shared server on 5432 is never touched). Promise: a 200
means the request is stored and will be answered once; a request the bot could not store gets
a 5xx (Slack retries an event, and shows the person a command failed), never a 200 for work
nobody will do.

Found: with PostgreSQL stopped, every command got 200 within a millisecond and none was ever
answered, not even once the server was back: the front's intake write failed (or was sent on a
connection the restart had closed), and the front then ran the work itself, which failed on
the same database. Requests sent before the server went away but not confirmed were lost
likewise. The log held a traceback per request and per second of the jobs process's polls.
"""

from __future__ import annotations

import http.client
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pg_server
import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, next_id, post_signed
from test_slack_durable import ANSWERABLE, Serve, _key


class Restartable:
    """A throwaway PostgreSQL server of this test's own, stopped and started at will."""

    def __init__(self) -> None:
        bin_dir = pg_server.find_binaries()
        if bin_dir is None:
            raise RuntimeError("these tests need PostgreSQL's server binaries (initdb, pg_ctl)")
        self.server = pg_server.start_system_server(bin_dir)
        self.url = self.server.url.replace("postgresql://", "postgresql+psycopg://", 1)

    def _pg_ctl(self, *args: str) -> None:
        server = self.server
        assert server.bin_dir is not None
        subprocess.run(
            [str(server.bin_dir / "pg_ctl"), "-D", str(server.folder / "data"), *args],
            user=server.user,
            capture_output=True,
            check=True,
            timeout=60,
        )

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "-w", "stop")

    def start(self) -> None:
        server = self.server
        options = f"-p {server.port} -k {server.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg_ctl("-o", options, "-l", str(server.folder / "log"), "-w", "start")


@pytest.fixture
def postgres() -> Iterator[Restartable]:
    server = Restartable()
    try:
        yield server
    finally:
        server.server.stop()


def _command(serve: Serve, i: int) -> tuple[str, int | None]:
    trigger = next_id("9601.")
    text = ANSWERABLE if i % 2 == 0 else f"please build a churn dashboard number {trigger}"
    try:
        status = post_signed(serve.base, command_body(text, trigger_id=trigger), timeout=20)[0]
    except (OSError, http.client.HTTPException):
        status = None
    return trigger, status


def _wait_answered(fake: FakeSlack, triggers: list[str], timeout: float = 90) -> Counter[str]:
    wanted = {f"cmd:{t}:1" for t in triggers}
    deadline = time.monotonic() + timeout
    while True:
        keys = Counter(k for m in fake.posted() if (k := _key(m)))
        if wanted <= set(keys) or time.monotonic() > deadline:
            return keys
        time.sleep(0.3)


def test_requests_while_postgresql_is_down_get_503_and_every_200_is_answered_once(
    tmp_path: Path, postgres: Restartable
) -> None:
    with FakeSlack() as fake:
        settings = app_settings(
            tmp_path, fake.api_url, database_url=postgres.url, job_retry_after_s=3.0
        )
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            sent = [_command(serve, i) for i in range(2)]
            _wait_answered(fake, [t for t, _ in sent])
            postgres.stop()
            # The front holds ten connections, each closed by the stop: the first requests go
            # out on them (acked, then stored again); the next find no server (2 s each).
            down = [_command(serve, i) for i in range(14)]
            postgres.start()
            after = [_command(serve, i) for i in range(2)]
            sent += down + after
            acked = [t for t, status in sent if status == 200]
            keys = _wait_answered(fake, acked)
            lines = list(serve.lines)
        finally:
            serve.stop()
    lost = [t for t in acked if keys[f"cmd:{t}:1"] == 0]
    assert lost == [], f"{len(lost)} of {len(acked)} acked requests never answered"
    statuses = Counter(status for _, status in sent)
    assert set(statuses) <= {200, 503}, statuses
    assert statuses[503] >= 1, "the server was down for seconds: some requests found it down"
    assert [k for k, n in keys.items() if n > 1] == [], "a message was posted twice"
    assert all(status == 200 for _, status in after)
    assert not [line for line in lines if line.startswith("Traceback")]


class GatedSlack(FakeSlack):
    """The fake Slack, whose chat.postMessage calls wait at a gate while it is closed."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.gate.set()
        self.waiting = 0

    def _handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict, dict]:
        if path.endswith("/chat.postMessage") and not self.gate.is_set():
            with self._cond:
                self.waiting += 1
            self.gate.wait(60)
        return super()._handle(path, headers, raw)


def test_a_request_whose_work_meets_the_database_gone_is_answered_once_it_is_back(
    tmp_path: Path, postgres: Restartable
) -> None:
    with GatedSlack() as fake:
        settings = app_settings(
            tmp_path, fake.api_url, database_url=postgres.url, job_retry_after_s=3.0
        )
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            first = [_command(serve, 0)]
            _wait_answered(fake, [t for t, _ in first])
            fake.gate.clear()  # the next answers wait in Slack while the database goes away
            sent = [_command(serve, i) for i in range(2)]
            deadline = time.monotonic() + 30
            while fake.waiting < 2 and time.monotonic() < deadline:
                time.sleep(0.1)
            postgres.stop()
            fake.gate.set()
            time.sleep(3)
            postgres.start()
            keys = _wait_answered(fake, [t for t, _ in sent], timeout=150)
            time.sleep(2)
            lines = list(serve.lines)
            said = [m.get("text", "") for m in fake.posted()]
        finally:
            serve.stop()
    assert [status for _, status in sent] == [200, 200]
    lost = [t for t, _ in sent if keys[f"cmd:{t}:1"] == 0]
    assert lost == [], f"{len(lost)} acked requests never answered"
    assert [k for k, n in keys.items() if n > 1] == [], "a message was posted twice"
    assert not [s for s in said if "went wrong" in s.lower()], said
    assert not [line for line in lines if line.startswith("Traceback")]
