"""A file Slack did not take is never a silent loss, and is never posted twice by the app.

`files.completeUploadExternal` answering 5xx was logged and nothing more: the person saw the
result's table without its CSV and no word. It is not repeated (it may have shared the file, and
Slack offers no lookup by key to tell), so the person gets one line: that Slack did not confirm
the file (5xx or a lost answer), or that it could not be posted (a refusal, or a failure before
the completion). Slack driven by signed HTTP into the running app, the fake Web API on loopback.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, app_settings, command_body

from bot.slack.app import runtime_of
from bot.slack.outbox import resend_lines

BIG = "list every single order line"  # a result too big for a table: its CSV is a file


def _run(app: AppServer, fake: FakeSlack) -> tuple[list[dict], list[str]]:
    assert app.post(command_body(BIG))[0] == 200
    app.drain()
    shared = [u for u in fake.uploads.values() if u.get("channel")]
    told = [c.args.get("text", "") for c in fake.calls_to("chat.postEphemeral")]
    told += [
        c.args.get("text", "")
        for c in fake.calls_to("chat.postMessage")
        if ".csv" in c.args.get("text", "")
    ]
    return shared, told


@pytest.mark.parametrize("after_storing", [False, True], ids=["not shared", "shared"])
def test_a_completion_slack_answers_with_5xx_is_one_line_and_not_repeated(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, after_storing: bool
) -> None:
    fake.fail_next(1, 500, method="files.completeUploadExternal", after_storing=after_storing)
    shared, told = _run(app, fake)
    assert len(fake.calls_to("files.completeUploadExternal", ok_only=False)) == 1  # not repeated
    assert len(shared) == (1 if after_storing else 0)
    assert len(told) == 1, told
    assert "did not confirm" in told[0] and ".csv" in told[0]
    assert not [r.getMessage() for r in caplog.records if r.exc_info]


def test_a_completion_slack_refuses_is_one_line_saying_the_file_was_not_posted(
    app: AppServer, fake: FakeSlack
) -> None:
    fake.fail_next(1, 200, method="files.completeUploadExternal", error="not_in_channel")
    shared, told = _run(app, fake)
    assert not shared and len(told) == 1, told
    assert "could not be posted" in told[0]


def test_an_upload_url_slack_does_not_give_is_one_line(app: AppServer, fake: FakeSlack) -> None:
    fake.fail_next(10, 500, method="files.getUploadURLExternal")
    shared, told = _run(app, fake)
    assert not fake.calls_to("files.completeUploadExternal", ok_only=False)
    assert not shared and len(told) == 1, told
    assert "could not be posted" in told[0]


def test_a_file_slack_took_says_nothing_more(app: AppServer, fake: FakeSlack) -> None:
    shared, told = _run(app, fake)
    assert len(shared) == 1 and told == []


class Clock:
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_a_line_slack_does_not_take_at_first_is_kept_and_sent_later_once(
    tmp_path: Path, fake: FakeSlack
) -> None:
    """The line itself failing (the ephemeral refused, then its DM answered 500 on every try)
    was only logged: the person never heard of the file. The outbox keeps it and sends it."""
    clock = Clock()
    with AppServer(app_settings(tmp_path, fake.api_url), clock=clock) as app:
        fake.fail_next(1, 500, method="files.completeUploadExternal")
        fake.fail_next(1, 200, method="chat.postEphemeral", error="not_in_channel")
        to_dm = lambda args: str(args.get("channel", "")).startswith(("U", "D"))  # noqa: E731
        fake.fail_next(10, 500, method="chat.postMessage", where=to_dm)
        shared, told = _run(app, fake)
        assert not shared and told == []  # nothing reached the person yet
        fake.recover()
        rt = runtime_of(app.app)
        assert asyncio.run(resend_lines(rt)) == 0  # its first send's lease still holds
        clock.now += timedelta(minutes=6)
        assert asyncio.run(resend_lines(rt)) == 1
        assert asyncio.run(resend_lines(rt)) == 0
        clock.now += timedelta(minutes=6)
        assert asyncio.run(resend_lines(rt)) == 0
    lines = [c.args for c in fake.calls_to("chat.postMessage") if ".csv" in c.args.get("text", "")]
    assert len(lines) == 1, lines
    assert "did not confirm" in lines[0]["text"] and lines[0]["channel"].startswith("U")
