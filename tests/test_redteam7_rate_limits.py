"""Seventh red team: a 429 storm on the posts of a command's answer.

A real `serve` on loopback (SQLite) with the fake Slack answering 429 (Retry-After: 1) to every
chat.postMessage and chat.postEphemeral for a while, then recovering. Promise: the answer is
posted where it belongs, once, after the storm.

Found: a post still rate limited once the client's five retries were spent was taken for a
definite refusal: the answer went to the person's DM (rate limited too), then to the command's
response_url as an ephemeral (not rate limited there) and the request was done: the channel
never got the answer, and the person's copy vanished on reload. Each fallback also waited out
its own retries (three calls × 5 × Retry-After, up to 7.5 min of a jobs slot at 30 s).
Fixed in `bot/slack/posting.py`: in a stored request's run, a post still rate limited is left to
the request's next run (30 s, 2 min, 8 min later), which posts it in its place.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, next_id, post_signed
from test_slack_durable import ANSWERABLE, Serve, _key

STORM = 6  # 429s per method: one call with all of the client's retries (1 + 5)


def test_an_answer_whose_post_meets_a_429_storm_is_posted_in_its_channel_after_it(
    tmp_path: Path,
) -> None:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, job_retry_after_s=3.0)  # 30 s by default
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            fake.fail_next(STORM, 429, method="chat.postMessage", retry_after=1)
            fake.fail_next(STORM, 429, method="chat.postEphemeral", retry_after=1)
            trigger = next_id("9703.")
            body = command_body(ANSWERABLE, trigger_id=trigger, response_url=fake.response_url())
            assert post_signed(serve.base, body)[0] == 200
            wanted = f"cmd:{trigger}:1"
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                answered = [m for m in fake.posted() if (_key(m) or "").startswith(wanted[:-1])]
                if answered or fake.calls_to("response_url"):
                    break
                time.sleep(0.5)
            time.sleep(2)  # nothing more may follow
            lines = list(serve.lines)
        finally:
            serve.stop()
    keys = Counter(k for m in fake.posted() if (k := _key(m)))
    where = [c.args.get("channel") for c in fake.calls_to("chat.postMessage") if c.args.get("text")]
    assert not fake.calls_to("response_url"), "the answer went to an ephemeral"
    assert keys[wanted] == 1, (keys, where)
    assert where == ["C0GENERAL1"], f"posted to {where}"
    assert not [line for line in lines if line.startswith("Traceback")]


def test_a_storm_longer_than_every_run_tells_the_person_and_posts_the_answer_later_once(
    tmp_path: Path,
) -> None:
    """On main: the four runs of the request met 429s only, it ended `post_failed`, and the
    person was never told nor answered. Now the last run holds the answer in the outbox and
    tells the person where it will appear; the outbox tries it with backoff (its first try meets
    the storm's tail) and posts it in its channel once, under the run's key."""
    from bot.slack.outbox import held_line
    from bot.slack.replay import MAX_ATTEMPTS

    runs = MAX_ATTEMPTS * STORM  # every try of every run of the request
    with FakeSlack() as fake:
        settings = app_settings(
            tmp_path, fake.api_url, job_retry_after_s=0.1, slack_timeout_s=0.5
        )  # runs 0.1, 0.4, 1.6 s apart; the outbox's lease 5 s (10 timeouts)
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            fake.fail_next(runs + STORM, 429, method="chat.postMessage", retry_after=0)
            trigger = next_id("9704.")
            body = command_body(ANSWERABLE, trigger_id=trigger, response_url=fake.response_url())
            assert post_signed(serve.base, body)[0] == 200
            sent_at = time.monotonic()
            wanted = f"cmd:{trigger}:1"
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                if any(_key(m) == wanted for m in fake.posted()):
                    break
                time.sleep(0.3)
            took = time.monotonic() - sent_at
            time.sleep(2)  # nothing more may follow
            lines = list(serve.lines)
        finally:
            serve.stop()
    assert took < 60, f"answered {took:.1f} s after the command"
    keys = Counter(k for m in fake.posted() if (k := _key(m)))
    where = [channel for (channel, _), m in fake.messages.items() if _key(m) == wanted]
    told = [str(c.args.get("text")) for c in fake.calls_to("response_url")]
    refused = [c for c in fake.calls_to("chat.postMessage", ok_only=False) if not c.ok]
    assert len(refused) == runs + STORM, "the storm did not reach the outbox's first try"
    assert told == [held_line("C0GENERAL1", None)], told
    assert keys[wanted] == 1, keys
    assert where == ["C0GENERAL1"]
    assert not [line for line in lines if line.startswith("Traceback")]
    # The held row named whom to tell had it been given up (`scheduler.given_up`).
    with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
        (body,) = db.execute(
            "SELECT body FROM outbound_messages WHERE key = ?", (wanted,)
        ).fetchone()
        tell = json.loads(body)["tell"]
        status = db.execute("SELECT status FROM request_log WHERE id = ?", (tell["request_id"],))
        assert status.fetchone() == ("matched",)
    assert (tell["user"], tell["text"]) == ("U0REQ00001", ANSWERABLE)
    assert tell["response_url"].endswith("/response/r1")
    assert tell["url_until"] > datetime.now(UTC).isoformat()
