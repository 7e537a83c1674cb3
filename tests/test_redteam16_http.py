"""Eleventh red team, on a real `datarequest serve` (front, jobs process, durable intake):
Slack answering posts with what is not its JSON, then the jobs process killed mid-work.

Every acked command is answered or ticketed exactly once, nobody is told "something went
wrong", and no traceback reaches the log.
"""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from pathlib import Path

from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, next_id, post_signed
from test_slack_durable import Serve

ANSWERABLE = "revenue by region in October 2026"
JSON = "application/json; charset=utf-8"
BODIES = [b'{"ok": true, "channel": "C0GEN', b"[1, 2]", b'"ok"', b'{"ok": true}']


def _settle(fake: FakeSlack, want: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(_answers(fake)) >= want:
            time.sleep(2)  # anything posted twice would come now
            return
        time.sleep(0.2)


def _answers(fake: FakeSlack) -> list[str]:
    """The result and ticket messages in Slack, by the request they answer."""
    out = []
    for (channel, _ts), m in list(fake.messages.items()):
        text = str(m.get("text"))
        if text.startswith("Revenue by region") or (
            text.startswith("Ticket #") and "(open)" not in text and channel != "C0TRIAGE01"
        ):
            out.append(str(m.get("thread_ts") or _ts) + ":" + text[:30])
    return out


def test_unreadable_answers_then_a_killed_jobs_process_lose_and_repeat_nothing(
    tmp_path: Path,
) -> None:
    with FakeSlack() as fake:
        serve = Serve(tmp_path, app_settings(tmp_path, fake.api_url))
        try:
            serve.wait_healthy()
            jobs = serve.jobs_pid()
            sent = 0
            for i, body in enumerate(BODIES * 2):
                fake.fail_next(
                    1, 200, method="chat.postMessage", raw=(body, JSON), after_storing=i % 2 == 0
                )
                text = ANSWERABLE if i % 2 == 0 else f"please build a churn dashboard number {i}"
                status = post_signed(serve.base, command_body(text, trigger_id=next_id("8101.")))[0]
                assert status == 200
                sent += 1
                if i == 4:
                    os.kill(jobs, signal.SIGKILL)  # mid-work: the front restarts it
            _settle(fake, sent)
            answers = _answers(fake)
            tickets = Counter(a.split(":", 1)[1] for a in answers if ":Ticket #" in a)
            results = [a for a in answers if ":Revenue" in a]
            assert len(results) == sent // 2, answers
            assert len(tickets) == sent // 2 and set(tickets.values()) == {1}, answers
            texts = [str(m.get("text")) for m in fake.messages.values()]
            assert not any(t.startswith("Sorry") for t in texts), texts
            assert not [line for line in serve.lines if "Traceback" in line], serve.lines
        finally:
            serve.stop()
