"""Long queries: "still running" with *Cancel* while a query runs, and *Download CSV* on results.

Cancellation is tested on each engine (DuckDB's interrupt, PostgreSQL's driver cancel, Athena's
StopQueryExecution through the recording fake), then end to end: the real app behind uvicorn,
the fake Slack Web API, a DuckDB query that would run for minutes, progress shown through the
command's response_url or a placeholder message, and a click that stops the query (the app's
jobs drain long before the query's own timeout).
"""

from __future__ import annotations

import csv
import io
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack, validate_blocks
from slack_helpers import (
    AppServer,
    action_from_message,
    app_settings,
    block_actions_body,
    command_body,
    make_test_warehouse,
)
from test_engine_athena import FakeAthena, FakeClock

from bot.answering.running import Cancels
from bot.engines.athena import AthenaEngine
from bot.engines.cancel import RUNNING, CancelToken, QueryCancelled, RunningQueries, cancel_scope
from bot.engines.duckdb_engine import DuckDBEngine
from bot.engines.sql_engine import SQLEngine
from bot.errors import QueryFailed
from bot.slack.rendering import progress as pr
from bot.slack.rendering.blocks import MAX_MESSAGE_BLOCKS

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
REQUESTER = "U0REQ00001"
CHANNEL = "C0GENERAL1"
SLOW_DUCKDB = (
    "SELECT count(*) AS n FROM range(200000000) a, range(1000) b WHERE a.range + b.range < 0"
)


def clock() -> datetime:
    return NOW


# ---- engines: a cancel token stops the running query ---------------------------------------------


def _run_in_thread(token: CancelToken, run: Any) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def target() -> None:
        with cancel_scope(token):
            try:
                outcome["result"] = run()
            except QueryFailed as exc:
                outcome["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    return thread, outcome


def test_duckdb_query_is_interrupted_by_its_cancel_token(tmp_path: Path) -> None:
    engine = DuckDBEngine(make_test_warehouse(tmp_path / "warehouse.duckdb"))
    token = CancelToken()
    thread, outcome = _run_in_thread(
        token, lambda: engine.run(SLOW_DUCKDB, {}, timeout_s=300, max_rows=10)
    )
    assert token.wait_started(10)
    assert token.cancel("U0ALICE001")
    thread.join(60)
    assert not thread.is_alive()
    assert isinstance(outcome["error"], QueryCancelled)
    assert "cancelled" in outcome["error"].reason and token.cancelled_by == "U0ALICE001"
    assert not token.cancel("U0BOB00001")  # once only
    # The warehouse connection serves the next query.
    assert engine.run("SELECT 1 AS one", {}, timeout_s=5, max_rows=1).rows == [(1,)]
    engine.close()


def test_a_cancelled_token_refuses_to_start_a_query(tmp_path: Path) -> None:
    engine = DuckDBEngine(make_test_warehouse(tmp_path / "warehouse.duckdb"))
    token = CancelToken()
    token.cancel()
    with cancel_scope(token), pytest.raises(QueryCancelled):
        engine.run("SELECT 1", {}, timeout_s=5, max_rows=1)
    engine.close()


def test_postgresql_query_is_cancelled_through_the_driver(pg_url: str) -> None:
    engine = SQLEngine("pg", pg_url, timeout_s=300)
    token = CancelToken()
    thread, outcome = _run_in_thread(
        token, lambda: engine.run("SELECT pg_sleep(300) AS slept", {}, max_rows=1)
    )
    assert token.wait_started(10)
    token.cancel("U0ALICE001")
    thread.join(60)
    assert not thread.is_alive()
    assert isinstance(outcome["error"], QueryCancelled)
    # The pooled connection is clean for the next query (no stray cancel reaches it).
    assert engine.run("SELECT :n AS n", {"n": 7}, max_rows=1).rows == [(7,)]
    engine.close()


def test_athena_query_is_stopped_on_athena_at_the_next_poll() -> None:
    client = FakeAthena(["RUNNING"])
    fake_clock = FakeClock()
    token = CancelToken()

    def sleep(seconds: float) -> None:  # the click arrives while the engine waits to poll
        token.cancel("U0ALICE001")
        fake_clock.sleep(seconds)

    engine = AthenaEngine(client, database="shop", sleep=sleep, clock=fake_clock)
    with cancel_scope(token), pytest.raises(QueryCancelled):
        engine.run("SELECT 1", {}, timeout_s=300, max_rows=10)
    assert [name for name, _ in client.calls].count("stop") == 1
    assert ("stop", {"QueryExecutionId": "q-1"}) in client.calls


# ---- rendering -----------------------------------------------------------------------------------


def test_progress_message_carries_the_elapsed_time_and_a_cancel_button() -> None:
    msg = pr.progress_message("the *slow* report", 12.4, "abc123")
    assert validate_blocks(msg["blocks"], max_blocks=MAX_MESSAGE_BLOCKS) is None
    assert "still running, 12 s…" in msg["blocks"][0]["text"]["text"]
    action = action_from_message(msg, pr.CANCEL_QUERY)
    assert action["value"] == '{"r":"abc123"}'
    assert pr.seconds_words(125) == "2 min 5 s" and pr.seconds_words(120) == "2 min"
    done = pr.cancelled_message("x", "U0ALICE001", 3)
    assert "Cancelled by <@U0ALICE001> after 3 s" in done["blocks"][0]["text"]["text"]
    assert all(b["type"] != "actions" for b in done["blocks"])


# ---- the app end to end --------------------------------------------------------------------------


def _slow_settings(tmp_path: Path, fake: FakeSlack, **overrides: Any) -> Any:
    return app_settings(
        tmp_path,
        fake.api_url,
        query_timeout_s=300,
        progress_after_s=0.05,
        progress_every_s=0.05,
        **overrides,
    )


def _still_running(args: dict) -> bool:
    return "Still running" in str(args.get("text", ""))


def _cancel_click(app: AppServer, message: dict, user: str, **kwargs: Any) -> None:
    action = action_from_message(message, pr.CANCEL_QUERY)
    body = block_actions_body(action, user_id=user, channel_id=CHANNEL, message=message, **kwargs)
    assert app.post(body)[0] == 200


def test_slow_command_shows_progress_and_cancel_stops_the_query(
    tmp_path: Path, fake: FakeSlack
) -> None:
    with AppServer(_slow_settings(tmp_path, fake), clock=clock) as app:
        app.post(command_body("the slow crunch report", response_url=fake.response_url()))
        updates = fake.wait_for("response_url", _still_running, count=2)
        assert all(u.args["replace_original"] is True for u in updates)
        assert "the slow crunch report" in updates[-1].args["blocks"][0]["text"]["text"]
        message = {"ts": "1700000001.000001", "blocks": updates[-1].args["blocks"]}
        _cancel_click(app, message, REQUESTER, is_ephemeral=True)
        ended = fake.wait_for("response_url", lambda a: "Cancelled" in a.get("text", ""))[0]
        assert f"Cancelled by <@{REQUESTER}>" in ended.args["blocks"][0]["text"]["text"]
        assert all(b["type"] != "actions" for b in ended.args["blocks"])
        # The query stopped on DuckDB: its job ends long before the query's 300 s timeout.
        app.drain(timeout=30)
        assert len(RUNNING) == 0
        texts = [c.args.get("text", "") for c in fake.calls_to("response_url")]
        assert not any("took longer" in t or "That did not work" in t for t in texts)
        assert len(texts) <= 5  # Slack lets a response_url be used five times
        assert not fake.calls_to("chat.postMessage")  # no result, no failure ticket
        # A second click finds nothing to stop and says so.
        _cancel_click(app, message, REQUESTER, is_ephemeral=True)
        said = fake.wait_for("chat.postEphemeral")[0].args
        assert said["user"] == REQUESTER and "no longer running" in said["text"]


def test_only_the_requester_or_the_team_may_cancel(tmp_path: Path, fake: FakeSlack) -> None:
    roster = tmp_path / "roster.yaml"
    roster.write_text(
        "team: data-team\nlead: U0ALICE001\nmembers:\n  - {id: U0ALICE001, name: Alice}\n"
    )
    settings = _slow_settings(tmp_path, fake, roster_file=roster)
    with AppServer(settings, clock=clock) as app:
        # No response_url (as from a form): the progress is a placeholder the bot posts.
        app.post(command_body("the slow crunch report"))
        placeholder = fake.wait_for("chat.postMessage", _still_running)[0]
        fake.wait_for("chat.update", _still_running)
        key = (placeholder.response["channel"], placeholder.response["ts"])
        assert key[0] == CHANNEL
        _cancel_click(app, {"ts": key[1], **fake.messages[key]}, "U0STRANGER1")
        refused = fake.wait_for("chat.postEphemeral")[0].args
        assert refused["user"] == "U0STRANGER1" and "Only the person who asked" in refused["text"]
        _cancel_click(app, {"ts": key[1], **fake.messages[key]}, "U0ALICE001")
        fake.wait_for("chat.update", lambda a: a.get("ts") == key[1] and "Cancelled" in a["text"])
        app.drain(timeout=30)
        assert "Cancelled by <@U0ALICE001>" in fake.messages[key]["blocks"][0]["text"]["text"]


def test_a_cancel_click_on_another_process_stops_the_query(tmp_path: Path, fake: FakeSlack) -> None:
    """Two processes on one database (another `serve` behind the same load balancer): the
    click reaches the one not running the query, which records it; the other stops the query."""
    roster = tmp_path / "roster.yaml"
    roster.write_text(
        "team: data-team\nlead: U0ALICE001\nmembers:\n  - {id: U0ALICE001, name: Alice}\n"
    )
    settings = _slow_settings(tmp_path, fake, roster_file=roster)
    with AppServer(settings, clock=clock) as first, AppServer(settings, clock=clock) as second:
        # Its own registry of running queries, as in another process.
        second.services.cancels = Cancels(second.services.cancels.shared, RunningQueries())
        first.post(command_body("the slow crunch report"))
        placeholder = fake.wait_for("chat.postMessage", _still_running)[0]
        fake.wait_for("chat.update", _still_running)
        key = (placeholder.response["channel"], placeholder.response["ts"])
        message = {"ts": key[1], **fake.messages[key]}
        _cancel_click(second, message, "U0STRANGER1")
        refused = fake.wait_for("chat.postEphemeral")[0].args
        assert refused["user"] == "U0STRANGER1" and "Only the person who asked" in refused["text"]
        _cancel_click(second, message, REQUESTER)
        fake.wait_for("chat.update", lambda a: a.get("ts") == key[1] and "Cancelled" in a["text"])
        first.drain(timeout=30)
        second.drain(timeout=30)
        assert f"Cancelled by <@{REQUESTER}>" in fake.messages[key]["blocks"][0]["text"]["text"]
        assert len(RUNNING) == 0
        # The row went with the query: a late click on either process finds nothing to stop.
        _cancel_click(second, message, REQUESTER)
        said = fake.wait_for("chat.postEphemeral", count=2)[-1].args
        assert said["user"] == REQUESTER and "no longer running" in said["text"]


def test_a_query_that_ends_after_progress_is_answered_below_it(
    tmp_path: Path, fake: FakeSlack
) -> None:
    release = threading.Event()
    with AppServer(_slow_settings(tmp_path, fake), clock=clock) as app:
        answer = app.services.answer

        def held_answer(*args: Any, **kwargs: Any) -> Any:
            assert release.wait(30)  # the query "runs" until the test has seen its progress
            return answer(*args, **kwargs)

        app.services.answer = held_answer
        app.post(command_body("revenue by region last month", response_url=fake.response_url()))
        fake.wait_for("response_url", _still_running)
        release.set()
        done = fake.wait_for("response_url", lambda a: "Done after" in a.get("text", ""))[0]
        assert all(b["type"] != "actions" for b in done.args["blocks"])
        result = fake.wait_for("chat.postMessage", lambda a: a.get("channel") == CHANNEL)[0]
        assert result.args["text"].startswith("Revenue by region")
        app.drain()


def test_download_csv_uploads_the_whole_result_in_the_thread(
    tmp_path: Path, fake: FakeSlack
) -> None:
    with AppServer(app_settings(tmp_path, fake.api_url), clock=clock) as app:
        app.post(command_body("revenue by region last month", response_url=fake.response_url()))
        posted = fake.wait_for("chat.postMessage", lambda a: a.get("channel") == CHANNEL)[0]
        assert not fake.calls_to("files.completeUploadExternal")  # small: no file by itself
        ts = posted.response["ts"]
        message = {"ts": ts, **fake.messages[(CHANNEL, ts)]}
        action = action_from_message(message, "download_csv")
        body = block_actions_body(action, user_id=REQUESTER, channel_id=CHANNEL, message=message)
        assert app.post(body)[0] == 200
        done = fake.wait_for("files.completeUploadExternal")[0]
        upload = fake.uploads[done.args["files"][0]["id"]]
        assert upload["filename"] == "revenue_by_region.csv"
        assert upload["channel"] == CHANNEL and upload["thread_ts"] == ts
        rows = list(csv.reader(io.StringIO(upload["content"].decode())))
        assert rows[0] == ["region", "revenue"] and len(rows) == 5
        app.drain()
