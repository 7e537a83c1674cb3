"""A 429 storm on the news of a new ticket: the requester is told, the news is posted once.

The triage post comes back within the outbox's grace (two Web API timeouts), and the held news,
once posted, is the ticket's requester thread: a reply in it reaches the ticket.

A real `serve` on loopback (SQLite) with the fake Slack answering 429 to every chat.postMessage
for longer than one call's retries. Found: the triage post was looked up and re-posted later by
the outbox, but the requester's "it is now ticket #N" reply, still rate limited after its
retries, was taken as maybe posted and dropped: the request ended as ticketed, and the person
who asked never heard of their ticket (no post, no ephemeral, no DM).
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, event_body, next_id, post_signed
from test_slack_durable import Serve, _key

STORM = 6  # 429s per call: one call with all of the client's retries (1 + 5)
UNMATCHED = "please build a churn dashboard by cohort"


def _news(message: dict[str, object]) -> bool:
    return "is now ticket #" in str(message.get("blocks") or "")


def _triage(message: dict[str, object]) -> bool:
    return str(_key(message) or "").endswith(":triage")


def test_a_new_tickets_news_that_meets_a_429_storm_is_told_and_posted_once(
    tmp_path: Path,
) -> None:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, job_retry_after_s=0.1, slack_timeout_s=0.5)
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            # The triage post and the requester's reply each meet every retry of their call.
            fake.fail_next(2 * STORM, 429, method="chat.postMessage", retry_after=0)
            trigger = next_id("9711.")
            body = command_body(UNMATCHED, trigger_id=trigger, response_url=fake.response_url())
            assert post_signed(serve.base, body)[0] == 200
            # The triage post comes back through the outbox within its grace (two Web API
            # timeouts: 1 s here) and a pass (JOB_RETRY_AFTER_S); on main it waited 60 s.
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                if fake.posted(_news) and fake.posted(_triage):
                    break
                time.sleep(0.3)
            time.sleep(2)  # nothing more may follow
            echoed = _reply_in_news_thread(fake, serve.base)
            lines = list(serve.lines)
        finally:
            serve.stop()
    refused = [c for c in fake.calls_to("chat.postMessage", ok_only=False) if not c.ok]
    assert len(refused) == 2 * STORM, "the storm did not reach both posts"
    told = [str(c.args.get("text")) for c in fake.calls_to("response_url")]
    news = fake.posted(_news)
    keys = Counter(k for m in fake.posted() if (k := _key(m)))
    assert len(told) == 1 and "Ticket #" in told[0], told
    assert len(news) == 1, news
    assert len(fake.posted(_triage)) == 1, "the triage post never came back from the storm"
    assert all(n == 1 for n in keys.values()), keys
    # The held news, posted by the outbox, is the ticket's requester thread, as a direct one.
    assert echoed, "a reply in the held news' thread did not reach the ticket"
    assert not [line for line in lines if line.startswith("Traceback")]


REPLY = "also split it by plan please"


def _reply_in_news_thread(fake: FakeSlack, base: str) -> bool:
    """The requester replies in the news' thread; True once it reaches the ticket (echoed in
    the triage thread), waited for a bounded time."""
    with fake._cond:
        (where,) = [key for key, m in fake.messages.items() if _news(m)]
    now = f"{time.time():.6f}"
    event = {"type": "message", "user": "U0REQ00001", "text": REPLY, "ts": now,
             "thread_ts": where[1], "channel": where[0], "channel_type": "channel",
             "event_ts": now}  # fmt: skip
    assert post_signed(base, event_body(event))[0] == 200
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if fake.posted(lambda m: m.get("thread_ts") and REPLY in str(m.get("text"))):
            return True
        time.sleep(0.2)
    return False
