"""A held answer the outbox gives up: the person who was promised it is told, once.

The outbox of the app (`scheduler.resend.app_outbox`: the real blocking client and its retry
policy) against the fake Slack with its history methods, on SQLite and on PostgreSQL, the clock moved by hand
past each backoff. An answer held after a storm (`scheduler.resend.hold`, as
`handlers.common._hold_answer` holds it) meets 429s on every attempt the outbox makes. On
main the row ended `failed` with a log line: the person, told "Your answer is kept and will be
posted … as soon as Slack takes it", never heard of it again, and the audit said answered.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from slack_helpers import BOT_TOKEN
from test_scheduler_delivery import (
    ROSTER,
    SCHEDULES,
    TINY_QUERY,
    Clock,
    HistoryFakeSlack,
    la,
    make_services,
)

from bot.tickets.models import RequestLog
from scheduler.delivery import Message
from scheduler.given_up import UNDELIVERED, gave_up_line, tell_failures
from scheduler.models import FAILED, OutboundMessage
from scheduler.resend import app_outbox, hold, resend_kept

STORM = 6  # 429s per post: one call with all of the client's retries (1 + 5)
ATTEMPTS = 4  # the outbox's attempts after the hold (its fifth in all): every one rate limited
KEY = "cmd:9801.1:1"
ASKED = "how many rentals last week"


@pytest.fixture
def env(tmp_path: Path, db_url: str) -> Any:
    """The services on SQLite or PostgreSQL (conftest's `db_url`), the fake Slack with its
    history methods, a clock moved by hand."""
    yield from services_on(tmp_path, HistoryFakeSlack, db_url)


def services_on(tmp_path: Path, fake_slack: type[HistoryFakeSlack], url: str) -> Iterator[Any]:
    """(services, fake, clock) on the database `url` and a fake Slack of the class
    `fake_slack`, while it runs."""
    import duckdb

    lib = tmp_path / "library"
    lib.mkdir()
    (lib / "tiny_period.sql").write_text(TINY_QUERY, encoding="utf-8")
    duckdb.connect(str(tmp_path / "warehouse.duckdb")).close()
    (tmp_path / "roster.yaml").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "schedules.yaml").write_text(SCHEDULES, encoding="utf-8")
    files = {
        "library": lib,
        "warehouse": tmp_path / "warehouse.duckdb",
        "roster": tmp_path / "roster.yaml",
        "schedules": tmp_path / "schedules.yaml",
    }
    clock = Clock(la(2026, 11, 23, 8, 0))
    with fake_slack(BOT_TOKEN) as fake:
        services = make_services(url, files, fake, clock)
        try:
            yield services, fake, clock
        finally:
            services.close()


def _hold(services: Any, outbox: Any, fake: Any, *, url_valid: bool) -> int:
    request_id = services.tickets.record_request(
        ASKED, "U0ALICE", "C0GENERAL1", status="matched", query="tiny_period"
    )
    now = outbox.clock()
    tell = {
        "user": "U0ALICE",
        "response_url": fake.response_url(),
        # Valid for the test's whole (hand-moved) week, or expired already.
        "url_until": (now + timedelta(days=30 if url_valid else -1)).isoformat(),
        "text": ASKED,
        "request_id": request_id,
    }
    message = Message(KEY, "answer", "C0GENERAL1", "the answer", keep=True)
    assert hold(outbox, message, tell=tell)
    return int(request_id)


def _storm(outboxes: list[Any], clock: Clock) -> None:
    """Every attempt the outbox makes, each a day apart (past every backoff), alternating
    between two processes' outboxes."""
    for attempt in range(ATTEMPTS + 1):
        clock.set(clock.now + timedelta(days=1))
        resend_kept(outboxes[attempt % 2])


def _outboxes(services: Any, clock: Clock) -> list[Any]:
    first = app_outbox(services.settings, services, clock=clock)
    return [dataclasses.replace(first, instance="a"), dataclasses.replace(first, instance="b")]


def _audit(services: Any, request_id: int) -> tuple[str, bool]:
    with services.session_factory() as session:
        row = session.get(RequestLog, request_id)
        assert row is not None
        return row.status, row.answered


def _status(services: Any, key: str) -> str | None:
    with services.session_factory() as session:
        row = session.query(OutboundMessage).filter_by(key=key).one_or_none()
        return None if row is None else row.status


def test_a_held_answer_given_up_is_told_to_the_person_once_by_its_response_url(env: Any) -> None:
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    request_id = _hold(services, outboxes[0], fake, url_valid=True)
    fake.fail_next(ATTEMPTS * STORM, 429, method="chat.postMessage", retry_after=0)
    clock.set(clock.now + timedelta(minutes=1))
    resend_kept(outboxes[0])  # not due yet (backoff): nothing
    _storm(outboxes, clock)
    # Both processes pass again at once, twice: nobody is told a second time.
    passes = [threading.Thread(target=tell_failures, args=(o,)) for o in outboxes * 2]
    for t in passes:
        t.start()
    for t in passes:
        t.join()
    audit = _audit(services, request_id)
    held = _status(services, KEY)
    refused = [c for c in fake.calls_to("chat.postMessage", ok_only=False) if not c.ok]
    assert len(refused) == ATTEMPTS * STORM, "the storm did not last through every attempt"
    assert held == FAILED
    told = [c.args.get("text") for c in fake.calls_to("response_url")]
    assert told == [gave_up_line(ASKED)], told
    assert "ask again" in told[0]
    assert not fake.calls_to("chat.postMessage"), "nothing was posted (no answer, no DM)"
    assert audit == (UNDELIVERED, False)


def test_a_held_answer_given_up_after_its_response_url_expired_is_told_by_dm_once(env: Any) -> None:
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    request_id = _hold(services, outboxes[0], fake, url_valid=False)
    fake.fail_next(ATTEMPTS * STORM, 429, method="chat.postMessage", retry_after=0)
    _storm(outboxes, clock)
    for _ in range(2):  # later passes of both processes tell nobody again
        clock.set(clock.now + timedelta(days=1))
        for outbox in outboxes:
            resend_kept(outbox)
    audit = _audit(services, request_id)
    assert not fake.calls_to("response_url"), "an expired response_url was used"
    dms = [(c.args.get("channel"), c.args.get("text")) for c in fake.calls_to("chat.postMessage")]
    assert dms == [("U0ALICE", gave_up_line(ASKED))], dms
    assert audit == (UNDELIVERED, False)


def test_two_processes_telling_at_once_tell_once(env: Any) -> None:
    from scheduler.given_up import tell_given_up

    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    tell = {"user": "U0ALICE", "text": ASKED}
    won = []
    threads = [
        threading.Thread(target=lambda o=o: won.append(tell_given_up(o, KEY, tell)))
        for o in outboxes
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(won) == [False, True]
    assert len(fake.calls_to("chat.postMessage")) == 1


CSV = ("tiny_period.csv", b"day,rentals\n" + b"2026-11-01,3\n" * 400, "Rentals — all 400 rows")
PNG = ("tiny_period.png", b"\x89PNG fake chart", "Rentals — chart")


def _hold_with_files(outbox: Any) -> None:
    message = Message(KEY, "answer", "C0GENERAL1", "the answer", keep=True)
    assert hold(outbox, message, tell={"user": "U0ALICE", "text": ASKED}, files=[CSV, PNG])


def _attached(fake: Any) -> list[tuple[Any, ...]]:
    return sorted(
        (u["filename"], u["content"], u.get("channel"), u.get("thread_ts"))
        for u in fake.uploads.values()
        if u.get("channel")
    )


def test_a_held_answer_posted_by_the_outbox_gets_its_csv_and_chart_once(env: Any) -> None:
    """On main the held answer was posted with its table only: the big result's CSV and the
    chart the direct path attaches were lost. Now they are attached in its thread, once."""
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    _hold_with_files(outboxes[0])
    fake.fail_next(STORM, 429, method="chat.postMessage", retry_after=0)
    _storm(outboxes, clock)  # the first try meets the storm's tail, the second posts it
    for outbox in outboxes:  # later passes of both processes attach nothing more
        clock.set(clock.now + timedelta(days=1))
        resend_kept(outbox)
    status = _status(services, KEY)
    (answer,) = [(c, m) for (c, _), m in fake.messages.items() if m.get("text") == "the answer"]
    assert status == "sent"
    ts = answer[1]["ts"]
    assert _attached(fake) == sorted(
        [(CSV[0], CSV[1], "C0GENERAL1", ts), (PNG[0], PNG[1], "C0GENERAL1", ts)]
    )


def test_a_held_answer_found_in_the_history_gets_its_files_once(env: Any) -> None:
    """The answer reached Slack after all (its post was taken though the call failed): the
    outbox finds it by its key and marks it sent. On main its files were then never attached
    (whether an earlier try had attached them was unknown); each file now has its own row, so
    the ones not recorded as attached are attached, once, whatever passes follow."""
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    _hold_with_files(outboxes[0])
    _, ts = outboxes[0].poster.post("C0GENERAL1", "the answer", [], key=KEY)  # Slack has it
    _storm(outboxes, clock)
    assert _status(services, KEY) == "sent"
    assert len(fake.calls_to("chat.postMessage")) == 1
    assert _attached(fake) == sorted(
        [(CSV[0], CSV[1], "C0GENERAL1", ts), (PNG[0], PNG[1], "C0GENERAL1", ts)]
    )


def test_a_held_ticket_note_given_up_is_told_to_who_made_the_change_and_in_its_history(
    env: Any,
) -> None:
    """A Claim's note in the triage thread, held after a storm (`handlers.common.post_or_hold`),
    that the outbox gives up: on main logged only; now the person who claimed is told once by
    DM, and the ticket's history says the note was never posted."""
    from bot.tickets.models import TicketEvent
    from scheduler.given_up import NOTE_UNDELIVERED

    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    ticket = services.tickets.create_ticket(ASKED, "U0ALICE", "C0GENERAL1")
    note = "<@U0BOB> claimed this ticket."
    tell = {"user": "U0BOB", "what": "note", "ticket_id": ticket.id, "text": note}
    thread = fake._next_ts()  # the ticket's triage post, whose thread the note goes in
    fake.messages[("C0TRIAGE01", thread)] = {"type": "message", "ts": thread, "text": ASKED}
    held = Message("tell:1:2", "note", "C0TRIAGE01", note, thread_ts=thread, keep=True)
    assert hold(outboxes[0], held, tell=tell)
    fake.fail_next(ATTEMPTS * STORM, 429, method="chat.postMessage", retry_after=0)
    _storm(outboxes, clock)
    for outbox in outboxes:
        clock.set(clock.now + timedelta(days=1))
        resend_kept(outbox)
    with services.session_factory() as session:
        events = session.query(TicketEvent).filter_by(kind=NOTE_UNDELIVERED).all()
        recorded = [(e.ticket_id, e.actor_id) for e in events]
    dms = [(c.args.get("channel"), c.args.get("text")) for c in fake.calls_to("chat.postMessage")]
    assert dms == [("U0BOB", gave_up_line(note, ticket.id))], dms
    assert recorded == [(ticket.id, "U0BOB")]
