"""A held answer's files: each attached once, whatever dies between the post and the files.

The outbox posts a held answer, then attaches its CSV and chart in its thread
(`scheduler.held_files`). On main a process that died after the post and before (or during)
the uploads left the files unattached for good: the answer's row was `sent`, and no pass looked
at its files again. Here the outbox's pass runs in a child process on the same database (SQLite
and PostgreSQL), killed with SIGKILL inside its second upload, before or after Slack took the
file; the next passes of two other processes attach what is missing, once: a file whose try did
not finish is looked for in the answer's thread first (`conversations.replies` lists file
shares), as a post is looked for by its key.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from slack_helpers import BOT_TOKEN
from test_held_answer_given_up import CSV, KEY, PNG, _attached, _outboxes, _status, services_on
from test_scheduler_delivery import HistoryFakeSlack

from bot.slack.process import settings_env
from scheduler.delivery import Message
from scheduler.held_files import FILES, attached_key
from scheduler.models import OutboundMessage
from scheduler.resend import hold, resend_kept

CHILD = r"""
import json, os, signal, sys
from datetime import datetime
from types import SimpleNamespace

from bot.db.session import make_engine, make_session_factory
from bot.settings import load_settings
from scheduler.resend import app_outbox, resend_kept
from scheduler.slack_poster import SlackPoster

args = json.loads(sys.argv[1])
real, calls = SlackPoster.upload, []


def upload(self, *a, **k):
    calls.append(a)
    if len(calls) == 2:
        if args["after_upload"]:
            real(self, *a, **k)
        os.kill(os.getpid(), signal.SIGKILL)
    return real(self, *a, **k)


SlackPoster.upload = upload
now = datetime.fromisoformat(args["now"])
services = SimpleNamespace(
    session_factory=make_session_factory(make_engine(args["db"])), clock=lambda: now
)
resend_kept(app_outbox(load_settings(), services, clock=lambda: now))
sys.exit(3)  # not reached: the pass dies in its second upload
"""


class FilesInThreads(HistoryFakeSlack):
    """As Slack: a file shared in a thread is a message of that thread, listing the file."""

    def _m_files_completeUploadExternal(self, args: dict) -> dict:  # noqa: N802
        resp = super()._m_files_completeUploadExternal(args)
        channel, thread_ts = args.get("channel_id"), args.get("thread_ts")
        if resp.get("ok") and channel and thread_ts:
            ts = self._next_ts()
            self.messages[(channel, ts)] = {
                "ts": ts,
                "thread_ts": thread_ts,
                "text": "",
                "type": "message",
                "user": self.bot_user_id,
                "files": [{"id": f["id"], "name": f["name"]} for f in resp["files"]],
            }
        return resp


@pytest.fixture
def files_env(tmp_path: Path, db_url: str) -> Any:
    """The given-up tests' services (SQLite or PostgreSQL), on a fake Slack that lists file
    shares in threads."""
    yield from services_on(tmp_path, FilesInThreads, db_url)


def _pass_killed_in_its_second_upload(services: Any, now: Any, cwd: Path, after: bool) -> None:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    environ.update(settings_env(services.settings))
    args = {"after_upload": after, "now": now.isoformat(), "db": services.settings.database_url}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(args)],
        env=environ,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == -9, done.stderr[-2000:]


@pytest.mark.parametrize("after", [False, True], ids=["before-slack-took-it", "after"])
def test_a_pass_killed_between_the_post_and_its_files_leaves_the_rest_to_the_next_pass(
    files_env: Any, tmp_path: Path, after: bool
) -> None:
    services, fake, clock = files_env
    assert fake.token == BOT_TOKEN
    outboxes = _outboxes(services, clock)
    held = Message(KEY, "answer", "C0GENERAL1", "the answer", keep=True)
    assert hold(outboxes[0], held, tell={"user": "U0ALICE", "text": "?"}, files=[CSV, PNG])
    clock.set(clock.now + timedelta(days=1))  # past the hold's lease
    _pass_killed_in_its_second_upload(services, clock.now, tmp_path, after)
    (answer,) = [(c, m["ts"]) for (c, _), m in fake.messages.items() if m["text"] == "the answer"]
    first = [(CSV[0], CSV[1], "C0GENERAL1", answer[1])]
    both = sorted([*first, (PNG[0], PNG[1], "C0GENERAL1", answer[1])])
    assert _attached(fake) == (both if after else first)
    for _ in range(2):  # two other processes, twice each
        for outbox in outboxes:
            resend_kept(outbox)
    assert _status(services, KEY) == "sent"
    assert len(fake.calls_to("chat.postMessage")) == 1, "the answer was posted again"
    assert _attached(fake) == both
    assert {_status(services, attached_key(KEY, n)) for n in (0, 1)} == {"sent"}
    assert len(fake.calls_to("conversations.replies")) >= 1, "the thread was not looked at"
    with services.session_factory() as session:
        body = session.query(OutboundMessage.body).filter_by(key=KEY).scalar()
    assert FILES not in json.loads(body), "the held row still keeps its files"
