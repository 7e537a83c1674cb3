"""`kill -9` of a real `serve` while a scheduled report is being posted, then a restart (§30).

A report schedule is due every minute; the fake Slack holds the report's `chat.postMessage`
before storing it (the post died on the way) or after storing it (Slack has it, the answer never
came back), and the test kills `serve`'s whole process group, or only its jobs process (the front
process restarts it), while the post is held. After the restart the scheduler settles the held
slot (found in Slack's history, posted, or superseded by a later slot: a report stands for its
latest slot), a report is in the channel, and no slot's report is there twice (the fake counts
by the message's metadata key, the outbox key `slot:<schedule>:<slot UTC>`); a report Slack had
stored is there exactly once.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from chaos import key_of
from fake_slack import FakeSlack
from slack_helpers import app_settings
from test_slack_durable import Serve

REPORTS = "C0REPORTS1"
SCHEDULES = (
    "timezone: UTC\ngrace: 30m\nschedules:\n"
    f"  - id: trend\n    kind: report\n    channel: {REPORTS}\n    query: daily_revenue\n"
    '    cron: "* * * * *"\n    working_days_only: false\n'
)


class HeldReportSlack(FakeSlack):
    """Holds the first report post to REPORTS `before` or `after` storing it, until released."""

    def __init__(self, hold: str) -> None:
        super().__init__()
        self.hold: str | None = hold
        self.arrived = threading.Event()
        self.release = threading.Event()
        self.held_key = ""

    def _handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict, dict]:
        held = self.hold if path.endswith("/chat.postMessage") and REPORTS.encode() in raw else None
        if held is not None:
            found = re.search(r"slot:trend:[0-9T:+Z-]+", urllib.parse.unquote_plus(raw.decode()))
            self.held_key = found.group(0) if found else "?"
        if held == "before":
            self.hold = None
            self.arrived.set()
            self.release.wait(60)
            return 0, {}, {}  # the poster died: no answer, nothing stored
        answer = super()._handle(path, headers, raw)
        if held == "after":
            self.hold = None
            self.arrived.set()
            self.release.wait(60)
        return answer

    def report_keys(self) -> Counter[str]:
        return Counter(
            str(key_of(m)) for (ch, _), m in list(self.messages.items()) if ch == REPORTS
        )


@pytest.mark.timeout(600)  # two `serve` starts and a tick of a minute
@pytest.mark.parametrize(
    ("hold", "target"),
    [("before", "group"), ("after", "group"), ("after", "jobs"), ("before", "jobs")],
)
def test_a_report_killed_while_posting_is_posted_once_after_the_restart(
    tmp_path: Path, short_tmp: Path, hold: str, target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    schedules = tmp_path / "schedules.yaml"
    schedules.write_text(SCHEDULES, encoding="utf-8")
    with HeldReportSlack(hold) as fake:
        settings = app_settings(tmp_path, fake.api_url, schedules_file=schedules)
        serve = Serve(tmp_path, settings)
        second: Serve | None = None
        try:
            assert fake.arrived.wait(120), "".join(serve.lines)
            if target == "group":
                serve.kill_group()
            else:
                os.kill(serve.jobs_pid(), signal.SIGKILL)
            fake.release.set()
            if target == "group":
                second = Serve(tmp_path, settings)
                second.wait_healthy()
            # The restarted scheduler settles the held slot: found in the history, posted, or
            # superseded by a later slot (a report stands for its latest slot, by design).
            (second or serve).wait_for_line(
                re.escape(fake.held_key.split(":", 2)[2].rstrip("Z")), 150
            )
            _wait_for_reports(fake, second or serve)
            time.sleep(3)  # a duplicate would come with the restarted process's next sends
        finally:
            fake.release.set()
            for running in (serve, second):
                if running is not None:
                    running.stop()
        keys = fake.report_keys()
        if hold == "after":
            assert keys[fake.held_key] == 1, keys  # Slack had it: found, not sent again
        assert all(k.startswith("slot:trend:") for k in keys), keys
        assert max(keys.values()) == 1, keys  # no slot's report posted twice


def _wait_for_reports(fake: HeldReportSlack, serve: Any) -> None:
    deadline = time.monotonic() + 150
    while not fake.report_keys():
        assert time.monotonic() < deadline, "".join(serve.lines)
        time.sleep(0.2)
