"""Eleventh red team (issue 9): a post looked up in a busy channel's history.

A post Slack may have stored (a 5xx after storing, a timeout) is looked up by its metadata key
before it is sent again. conversations.history answers newest first, one page at a time: the
app read the first page only (`limit=200`), so with more than 200 messages posted in the
channel after it (a triage channel in a storm, a busy #general, a request run again minutes
later) the stored post was not found and was posted a second time. The fake Slack now pages
its history as Slack does (`limit`, `has_more`, `next_cursor`).
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings

from bot.slack.client import make_client, make_sync_client, policy_for
from bot.slack.posting import KeyedPoster, key_metadata
from scheduler.slack_poster import SlackPoster

CHANNEL = "C0BUSY0001"
NEWER = 450  # more than two pages of 200


def _chatter(fake: FakeSlack, count: int) -> None:
    """`count` messages by other people, each newer than everything before it."""
    for i in range(count):
        ts = fake._next_ts()
        fake.messages[(CHANNEL, ts)] = {"type": "message", "ts": ts, "text": f"chatter {i}"}


def _store_keyed(fake: FakeSlack, key: str) -> str:
    ts = fake._next_ts()
    fake.messages[(CHANNEL, ts)] = {
        "type": "message",
        "ts": ts,
        "text": "the keyed post",
        "metadata": key_metadata(key),
    }
    return ts


def test_the_apps_lookup_finds_a_post_behind_two_pages_of_newer_messages(
    tmp_path: Path, fake: FakeSlack
) -> None:
    settings = app_settings(tmp_path, fake.api_url)
    poster = KeyedPoster(lambda: make_client(settings), policy_for(settings))
    ts = _store_keyed(fake, "cmd:busy:1")
    _chatter(fake, NEWER)
    found = asyncio.run(poster.find(CHANNEL, "cmd:busy:1", time.time() - 600))
    assert found is not None and found["ts"] == ts


def test_the_schedulers_lookup_finds_a_post_behind_two_pages_of_newer_messages(
    tmp_path: Path, fake: FakeSlack
) -> None:
    from datetime import UTC, datetime, timedelta

    poster = SlackPoster(make_sync_client(app_settings(tmp_path, fake.api_url)))
    ts = _store_keyed(fake, "report:busy:1")
    _chatter(fake, NEWER)
    since = datetime.now(UTC) - timedelta(minutes=10)
    assert poster.find(CHANNEL, "report:busy:1", since) == (CHANNEL, ts)


def test_a_post_stored_then_buried_under_a_storm_is_not_posted_again(
    tmp_path: Path, fake: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Slack stores the post, answers 500, and 450 messages land before the lookup: on main
    the post was sent again (two copies in the channel)."""
    stored = fake._m_chat_postMessage

    def store_then_storm(args: dict[str, Any]) -> dict[str, Any]:
        answer = stored(args)
        _chatter(fake, NEWER)
        return answer

    monkeypatch.setattr(fake, "_m_chat_postMessage", store_then_storm)
    fake.fail_next(1, 500, method="chat.postMessage", after_storing=True)
    settings = app_settings(tmp_path, fake.api_url)
    poster = KeyedPoster(lambda: make_client(settings), policy_for(settings))
    sent = asyncio.run(poster.post(CHANNEL, {"text": "the result"}, key="cmd:storm:1"))
    assert sent
    copies = [m for m in fake.messages.values() if m.get("text") == "the result"]
    assert len(copies) == 1, len(copies)
