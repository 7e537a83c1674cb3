"""Socket Mode: a request the front cannot store is not acked, and its redelivery is answered once.

Slack's Socket Mode contract: each envelope is acked by its `envelope_id` within 3 s; one that is
not acked is sent again (an Events API envelope, with `retry_attempt`); a command or a click not
acked shows the person that it failed (they send it again). So a request the front could not hand
to the store (as HTTP mode's 503, RELIABILITY §33) must not be acked: an ack would tell Slack it
was taken, and nothing would ever answer it.

The app as `serve --single-process` runs it (the front stores each request, a jobs thread takes it
from the intake) over a WebSocket Slack on loopback, on an SQLite file whose writes are held by
another connection (`BEGIN EXCLUSIVE`) for as long as the test says.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings, event_body, form, next_id, stop_runtime
from test_slack_socket_mode import SocketSlack, _command_envelope

from handlers.threads import DM_POINTER

ASKED = "revenue by region in October 2026"
DM = "D0DM000001"
UNSTORED = "did not take a request"


def _dm_envelope(envelope_id: str, payload: dict, retry: int = 0) -> dict:
    """An Events API envelope around a DM to the bot (answered by one post: where to ask)."""
    return {
        "envelope_id": envelope_id,
        "type": "events_api",
        "payload": payload,
        "accepts_response_payload": False,
        "retry_attempt": retry,
        "retry_reason": "timeout" if retry else "",
    }


def _dm_payload() -> dict:
    ts = f"{time.time():.6f}"
    event = {"type": "message", "user": "U0REQ00001", "channel": DM, "channel_type": "im"}
    return form(event_body({**event, "text": "hello?", "ts": ts, "event_ts": ts}))


@pytest.mark.timeout(180)
def test_a_request_socket_mode_cannot_store_is_not_acked_and_its_redelivery_answered_once(
    tmp_path: Path,
    short_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from bot.services import build_services
    from bot.slack.app import create_app, runtime_of
    from bot.slack.jobs_server import JobsThread
    from bot.slack.socket_mode import serve_socket_mode

    monkeypatch.setenv("TMPDIR", str(short_tmp))  # the jobs thread's socket path
    database = tmp_path / "bot.sqlite3"
    slack = SocketSlack().start()
    with FakeSlack() as fake:
        fake.socket_url = slack.url
        settings = app_settings(tmp_path, fake.api_url, database_url=f"sqlite:///{database}")
        services = build_services(settings)
        jobs = JobsThread(create_app(settings, services=services))
        app = create_app(settings, services=services, forward_to=jobs.socket_path)
        runtime_of(app).on_shutdown.append(jobs.stop)
        loop = asyncio.new_event_loop()
        box: dict = {}

        def run() -> None:
            asyncio.set_event_loop(loop)
            box["task"] = loop.create_task(serve_socket_mode(app, fake.app_token))
            with contextlib.suppress(asyncio.CancelledError):
                loop.run_until_complete(box["task"])

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        payload = _dm_payload()
        try:
            assert slack.connected.wait(15), "the app did not open the socket"
            # A first request, stored and answered: the front and the jobs thread are warm.
            slack.send(_command_envelope("env-0", ASKED, next_id("9.33")))
            slack.wait_ack("env-0")
            fake.wait_for("chat.postMessage", lambda a: a["text"].startswith("Revenue by region"))
            # Another connection holds the database's write lock: the front cannot store.
            holder = sqlite3.connect(database, isolation_level=None, timeout=30)
            holder.execute("BEGIN EXCLUSIVE")
            with caplog.at_level(logging.WARNING):
                slack.send(_dm_envelope("env-1", payload))
                slack.send(_command_envelope("env-2", ASKED, next_id("9.33")))
                # Past the front's budget (2 s) and Slack's 3 s: neither was acked.
                time.sleep(4)
                acked = {a.get("envelope_id") for a in slack.acks}
                holder.execute("ROLLBACK")
                holder.close()
                # Slack sends the event again (a new envelope, retry_attempt 1): acked, answered.
                slack.send(_dm_envelope("env-3", payload, retry=1))
                slack.wait_ack("env-3", timeout=20)
                fake.wait_for("chat.postMessage", lambda a: a["text"] == DM_POINTER)
                assert runtime_of(app).worker.wait_idle(20)
                time.sleep(1)  # a second answer would come with the same run
        finally:
            loop.call_soon_threadsafe(box["task"].cancel)
            thread.join(timeout=30)
            slack.stop()
            stop_runtime(runtime_of(app))
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()
    assert "env-1" not in acked and "env-2" not in acked, slack.acks
    pointers = [c for c in fake.calls_to("chat.postMessage") if c.args["text"] == DM_POINTER]
    assert len(pointers) == 1, pointers
    unstored = [r for r in caplog.records if UNSTORED in r.getMessage()]
    assert len(unstored) == 1, [r.getMessage() for r in caplog.records]
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert "Traceback" not in caplog.text
    with sqlite3.connect(database) as conn:
        rows = conn.execute(
            "SELECT state, record FROM slack_intake WHERE record LIKE ?",
            (f"%{payload['event_id']}%",),
        ).fetchall()
    assert [(state, '"retry' in record or "retry-num" in record) for state, record in rows] == [
        ("done", True)
    ], rows  # stored once: the redelivery's (the first was never stored)
