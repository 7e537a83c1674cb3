"""Telling the person of a held answer given up: exactly once, or later, across a `kill -9`.

The outbox pass that finds a held answer given up (`scheduler.given_up`) claims the row
`<key>:told` and then tells the requester. On main a process that died between the claim and
the tell left the person untold for good: the `:told` row stood, so no later pass looked
again. Here the pass runs in a child process on the same database (SQLite and PostgreSQL), made
to kill itself with SIGKILL at a chosen step; the next pass of another process takes the row
over (its owner is dead) and tells, once.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update
from test_held_answer_given_up import ASKED, KEY, _audit, _hold, _outboxes, _status, env

from bot.slack.process import settings_env
from scheduler import given_up
from scheduler.given_up import UNDELIVERED, gave_up_line, told_key
from scheduler.models import CLAIMED, FAILED, SENT, OutboundMessage
from scheduler.resend import resend_kept

__all__ = ["env"]  # the fixture, shared with the given-up tests

CHILD = r"""
import json, os, signal, sys
from datetime import datetime
from types import SimpleNamespace

import scheduler.given_up as given_up
from bot.db.session import make_engine, make_session_factory
from bot.settings import load_settings
from scheduler.resend import app_outbox, resend_kept

args = json.loads(sys.argv[1])


def die(*_a, **_k):
    os.kill(os.getpid(), signal.SIGKILL)


setattr(given_up, args["die_in"], die)
now = datetime.fromisoformat(args["now"])
services = SimpleNamespace(
    session_factory=make_session_factory(make_engine(args["db"])), clock=lambda: now
)
resend_kept(app_outbox(load_settings(), services, clock=lambda: now))
sys.exit(3)  # not reached: the pass dies at the chosen step
"""


def _given_up(services: Any) -> None:
    """The outbox gave the held answer up (as after every attempt of a storm)."""
    with services.session_factory.begin() as session:
        session.execute(
            update(OutboundMessage).where(OutboundMessage.key == KEY).values(status=FAILED)
        )


def _pass_dying_in(services: Any, step: str, now: Any, tmp_path: Any) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(settings_env(services.settings))
    args = {"die_in": step, "now": now.isoformat(), "db": services.settings.database_url}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(args)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == -9, done.stderr[-2000:]


def _told_row(services: Any) -> tuple[str, str | None]:
    with services.session_factory() as session:
        row = session.query(OutboundMessage).filter_by(key=told_key(KEY)).one()
        return row.status, row.posted_channel


def _told(fake: Any) -> tuple[list[Any], list[Any]]:
    ephemerals = [c.args.get("text") for c in fake.calls_to("response_url")]
    dms = [(c.args.get("channel"), c.args.get("text")) for c in fake.calls_to("chat.postMessage")]
    return ephemerals, dms


def _passes_at_once(outboxes: list[Any]) -> None:
    passes = [threading.Thread(target=resend_kept, args=(o,)) for o in outboxes * 2]
    for t in passes:
        t.start()
    for t in passes:
        t.join()


def test_a_pass_killed_after_claiming_the_tell_leaves_it_to_the_next_pass(
    env: Any, tmp_path: Any
) -> None:
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    request_id = _hold(services, outboxes[0], fake, url_valid=True)
    _given_up(services)
    _pass_dying_in(services, "_audit", clock.now, tmp_path)  # right after the claim
    assert _told_row(services) == (CLAIMED, None)
    assert _told(fake) == ([], []), "the dead pass told someone"
    _passes_at_once(outboxes)  # two processes, twice each
    _passes_at_once(outboxes)
    assert _told(fake) == ([gave_up_line(ASKED)], []), _told(fake)
    assert _told_row(services) == (SENT, "ephemeral")
    assert _audit(services, request_id) == (UNDELIVERED, False)


def test_a_pass_killed_after_its_ephemeral_is_followed_by_one_dm_not_a_second_ephemeral(
    env: Any, tmp_path: Any
) -> None:
    """The ephemeral has no key to look up: a pass that died after trying it may or may not
    have shown it. The takeover tells by DM, under its own key, once."""
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    _hold(services, outboxes[0], fake, url_valid=True)
    _given_up(services)
    _pass_dying_in(services, "_finish_claim", clock.now, tmp_path)  # after the ephemeral
    assert _told_row(services) == (CLAIMED, "ephemeral")
    _passes_at_once(outboxes)
    _passes_at_once(outboxes)
    line = gave_up_line(ASKED)
    assert _told(fake) == ([line], [("U0ALICE", line)]), _told(fake)
    assert _told_row(services) == (SENT, "dm")


def test_a_tell_that_failed_in_a_live_process_is_taken_up_after_its_lease(
    env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    request_id = _hold(services, outboxes[0], fake, url_valid=False)
    _given_up(services)
    real_audit = given_up._audit

    def broken(*args: Any) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(given_up, "_audit", broken)
    resend_kept(outboxes[0])  # claims, fails, logs
    monkeypatch.setattr(given_up, "_audit", real_audit)
    resend_kept(outboxes[1])  # the claim is in its lease: its owner may still be telling
    assert _told(fake) == ([], [])
    clock.set(clock.now + outboxes[0].lease + timedelta(seconds=1))
    _passes_at_once(outboxes)
    assert _told(fake) == ([], [("U0ALICE", gave_up_line(ASKED))]), _told(fake)
    assert _audit(services, request_id) == (UNDELIVERED, False)


def test_a_tell_that_never_finishes_ends_failed_after_the_last_attempt(
    env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    outbox = dataclasses.replace(outboxes[0], max_attempts=3)
    _hold(services, outbox, fake, url_valid=False)
    _given_up(services)

    def broken(*args: Any) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(given_up, "_audit", broken)
    for _ in range(5):
        resend_kept(outbox)
        clock.set(clock.now + outbox.lease + timedelta(seconds=1))
    assert _told_row(services)[0] == FAILED
    assert _status(services, KEY) == FAILED
