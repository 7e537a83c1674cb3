"""A scheduled report's CSV that Slack does not take is one line in the report's thread.

`_attach_csv` only logged a failed upload (a refusal) and did not catch a lost connection at
all. Now, as for an interactive upload (bot.slack.uploads), the completion is never repeated
(it may have shared the file) and one line, sent once through the outbox, says that the file
could not be posted (a refusal, a failure before the completion) or was not confirmed (5xx or
a dropped connection on files.completeUploadExternal). The scheduler is driven as in
tests/test_scheduler_slack.py (with the scheduler's own client), against the fake Slack Web API on loopback.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, app_settings

from bot.slack.client import make_sync_client
from scheduler.config import empty_config
from scheduler.core import Scheduler
from scheduler.delivery import Outbox, SlackPoster
from scheduler.store import add_schedule

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
CHANNEL = "C0OPS00001"


class Clock:
    now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack) -> Any:
    clock = Clock()
    with AppServer(app_settings(tmp_path, fake.api_url, timezone="UTC"), clock=clock) as server:
        server.clock = clock
        yield server


def _tick(app: Any, fake: FakeSlack) -> tuple[list[Any], list[Any]]:
    """Run the long report once, then again a minute later; (files shared, lines in thread)."""
    add_schedule(
        app.services.session_factory,
        empty_config("UTC"),
        {
            "id": "all-orders",
            "kind": "report",
            "query": "every_order",
            "channel": CHANNEL,
            "cron": "0 6 * * *",
        },
        now=NOW,
    )
    client = make_sync_client(app.settings)  # the scheduler's own policy
    outbox = Outbox(app.services.session_factory, SlackPoster(client), app.clock, instance="t")
    sched = Scheduler(app.services, empty_config("UTC"), outbox, clock=app.clock, instance="t")
    app.clock.now = datetime(2026, 11, 23, 6, 0, 30, tzinfo=UTC)
    assert [r.outcome for r in sched.tick()] == ["posted"]
    app.clock.now = datetime(2026, 11, 23, 6, 1, 30, tzinfo=UTC)
    sched.tick()  # nothing more: neither the report, nor the file, nor the line again
    report = fake.wait_for("chat.postMessage", lambda a: a.get("channel") == CHANNEL)[0]
    ts = report.response["ts"]
    lines = [
        c
        for c in fake.calls_to("chat.postMessage")
        if c.args.get("thread_ts") == ts and ".csv" in c.args.get("text", "")
    ]
    shared = [u for u in fake.uploads.values() if u.get("channel")]
    return shared, lines


@pytest.mark.parametrize(
    ("status", "after_storing", "files"),
    [(500, False, 0), (500, True, 1), (0, False, 0)],
    ids=["5xx, not shared", "5xx, shared", "connection dropped"],
)
def test_a_completion_not_confirmed_is_one_line_in_the_thread_and_not_repeated(
    app: Any, fake: FakeSlack, status: int, after_storing: bool, files: int
) -> None:
    fake.fail_next(10, status, method="files.completeUploadExternal", after_storing=after_storing)
    shared, lines = _tick(app, fake)
    assert len(fake.calls_to("files.completeUploadExternal", ok_only=False)) == 1
    assert len(shared) == files
    assert len(lines) == 1, lines
    assert "did not confirm" in lines[0].args["text"]
    assert "every_order.csv" in lines[0].args["text"]


def test_a_completion_answered_with_a_code_the_bot_does_not_know_is_not_confirmed(
    app: Any, fake: FakeSlack
) -> None:
    """An `ok: false` code the bot does not know may come after Slack shared the file: one
    upload, no second one, and the line says Slack did not confirm it (not that it failed)."""
    code = "some_code_slack_adds_next_year"
    fake.fail_next(1, 200, method="files.completeUploadExternal", error=code, after_storing=True)
    shared, lines = _tick(app, fake)
    assert len(fake.calls_to("files.completeUploadExternal", ok_only=False)) == 1
    assert len(fake.calls_to("files.getUploadURLExternal")) == 1  # the bytes went up once
    assert len(shared) == 1 and len(lines) == 1, lines
    assert "did not confirm" in lines[0].args["text"]
    assert "could not be posted" not in lines[0].args["text"]


def test_a_completion_slack_refuses_is_one_line_saying_it_could_not_be_posted(
    app: Any, fake: FakeSlack
) -> None:
    fake.fail_next(1, 200, method="files.completeUploadExternal", error="not_in_channel")
    shared, lines = _tick(app, fake)
    assert not shared and len(lines) == 1, lines
    assert "could not be posted" in lines[0].args["text"]


def test_an_upload_url_slack_does_not_give_is_one_line(app: Any, fake: FakeSlack) -> None:
    fake.fail_next(10, 500, method="files.getUploadURLExternal")
    shared, lines = _tick(app, fake)
    assert not fake.calls_to("files.completeUploadExternal", ok_only=False)
    assert not shared and len(lines) == 1, lines
    assert "could not be posted" in lines[0].args["text"]


def test_a_file_slack_took_adds_no_line(app: Any, fake: FakeSlack) -> None:
    shared, lines = _tick(app, fake)
    assert len(shared) == 1 and lines == []


def test_a_line_slack_does_not_take_is_sent_by_a_later_tick_once(app: Any, fake: FakeSlack) -> None:
    """Slack failing the line's post too (500 on every try) left its row `claimed` and the
    line lost: the slot's rerun sees the report posted and never knew the text. The outbox
    keeps the text; a tick after the lease finds the line not in the thread and posts it."""
    fake.fail_next(1, 500, method="files.completeUploadExternal")
    in_thread = lambda args: bool(args.get("thread_ts"))  # noqa: E731
    fake.fail_next(10, 500, method="chat.postMessage", where=in_thread)
    add_schedule(
        app.services.session_factory,
        empty_config("UTC"),
        {
            "id": "all-orders",
            "kind": "report",
            "query": "every_order",
            "channel": CHANNEL,
            "cron": "0 6 * * *",
        },
        now=NOW,
    )
    client = make_sync_client(app.settings)
    outbox = Outbox(app.services.session_factory, SlackPoster(client), app.clock, instance="t")
    sched = Scheduler(app.services, empty_config("UTC"), outbox, clock=app.clock, instance="t")

    def lines() -> list[Any]:
        return [c for c in fake.calls_to("chat.postMessage") if ".csv" in c.args.get("text", "")]

    app.clock.now = datetime(2026, 11, 23, 6, 0, 30, tzinfo=UTC)
    assert [r.outcome for r in sched.tick()] == ["posted"]
    assert lines() == []
    fake.recover()
    app.clock.now = datetime(2026, 11, 23, 6, 1, 30, tzinfo=UTC)
    sched.tick()  # within its lease: its sender may still be at it
    assert lines() == []
    for minute in (7, 13, 19):
        app.clock.now = datetime(2026, 11, 23, 6, minute, 30, tzinfo=UTC)
        sched.tick()
    assert len(lines()) == 1, lines()
    assert "did not confirm" in lines()[0].args["text"]
    report = fake.wait_for("chat.postMessage", lambda a: a.get("channel") == CHANNEL)[0]
    assert lines()[0].args["thread_ts"] == report.response["ts"]
