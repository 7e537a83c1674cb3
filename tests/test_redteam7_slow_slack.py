"""Seventh red team: a Slack that hangs on a post past the client's timeout.

A real `serve` on loopback (SQLite) with the fake Slack. The fake Slack holds the first result
post of a command (the bot's Web API timeout is 30 s, `bot.slack.client.DEFAULT_POLICY`), then
either drops it (a call Slack lost) or stores it late (a slow Slack, the bot no longer waiting).
Promise: the person gets their answer, once.

Found: the policy's 30 s timeout was never applied to the app's calls. slack_sdk applies a
client's `timeout` only to a session it makes itself; the runtime hands it a kept-alive
`aiohttp.ClientSession()` with aiohttp's default of 300 s. A post Slack never answered held its
request (and a jobs slot) for five minutes before anything was tried again
(`bot/slack/runtime.py`: the session now carries the policy's timeout).
With the timeout applied, a post stored late was posted twice: the poster searched the channel's
history 0.5 s after the timeout, found nothing (the post was still in Slack's hands) and sent it
again (`bot/slack/posting.py`: a post that timed out in a stored request's run is left to that
request's next run, 30 s later, whose replay looks the key up first, `bot/slack/replay.py`).
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, next_id, post_signed
from test_slack_durable import ANSWERABLE, Serve, _key

from bot.db.session import make_engine, make_session_factory
from bot.slack.intake import IntakeStore

# Short Web API timeout and rerun delay (SLACK_TIMEOUT_S, JOB_RETRY_AFTER_S; 30 s each by default)
TIMEOUT_S = 4.0
LATE_S = 7.0  # past the client's timeout


class HangingSlack(FakeSlack):
    """Holds the first post whose metadata key is a command's answer until `release` is set
    (or `late_s` has passed), then stores it (`store_late`) or answers 500 without storing."""

    def __init__(self, *, store_late: bool, late_s: float = 150.0) -> None:
        super().__init__()
        self.store_late = store_late
        self.late_s = late_s
        self.release = threading.Event()
        self.hung = 0

    def _handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict, dict]:
        if path.endswith("/chat.postMessage") and (b"cmd%3A" in raw or b'"cmd:' in raw):
            with self._cond:
                hang, self.hung = self.hung == 0, self.hung + 1
            if hang:
                self.release.wait(self.late_s)
                if not self.store_late:
                    return 500, {"ok": False, "error": "internal_error"}, {}
        return super()._handle(path, headers, raw)


def _serve(tmp_path: Path, fake: FakeSlack) -> tuple[Serve, IntakeStore, str]:
    settings = app_settings(
        tmp_path, fake.api_url, slack_timeout_s=TIMEOUT_S, job_retry_after_s=TIMEOUT_S
    )
    serve = Serve(tmp_path, settings)
    serve.wait_healthy()
    serve.jobs_pid()
    trigger = next_id("9701.")
    assert post_signed(serve.base, command_body(ANSWERABLE, trigger_id=trigger))[0] == 200
    store = IntakeStore(make_session_factory(make_engine(settings.database_url)))
    return serve, store, f"cmd:{trigger}:1"


def _keys(fake: FakeSlack) -> Counter[str]:
    return Counter(k for m in fake.posted() if (k := _key(m)))


def test_a_post_slack_never_answers_does_not_hold_the_answer(tmp_path: Path) -> None:
    """On main the request waited in the hung call (aiohttp's 300 s): no answer while held."""
    with HangingSlack(store_late=False) as fake:
        serve, _, wanted = _serve(tmp_path, fake)
        try:
            deadline = time.monotonic() + 120
            while _keys(fake)[wanted] == 0 and time.monotonic() < deadline:
                time.sleep(0.5)
            answered_while_held = _keys(fake)[wanted]
            fake.release.set()  # the held call ends: Slack lost it (500, nothing stored)
            time.sleep(1)
            lines = list(serve.lines)
        finally:
            serve.stop()
    assert fake.hung >= 1
    assert answered_while_held == 1, "the answer waited for the hung call"
    assert _keys(fake)[wanted] == 1
    assert not [line for line in lines if line.startswith("Traceback")]


def test_a_post_stored_after_the_timeout_is_posted_once(tmp_path: Path) -> None:
    with HangingSlack(store_late=True, late_s=LATE_S) as fake:
        serve, store, wanted = _serve(tmp_path, fake)
        started = time.monotonic()
        try:
            # Until a second copy, or the late post has landed and the request is done.
            while time.monotonic() - started < 150:
                keys = _keys(fake)
                if keys[wanted] > 1:
                    break
                landed = time.monotonic() - started > LATE_S + 3
                if landed and keys[wanted] == 1 and store.counts().get("pending", 0) == 0:
                    break
                time.sleep(0.5)
            lines = list(serve.lines)
        finally:
            serve.stop()
    assert fake.hung >= 1, "the answer was never posted"
    assert keys[wanted] == 1, f"the answer was posted {keys[wanted]} times"
    assert not [line for line in lines if line.startswith("Traceback")]
