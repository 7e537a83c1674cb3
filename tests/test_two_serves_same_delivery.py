"""Two `serve` processes on one PostgreSQL, the same delivery reaching both (issue 9).

Behind a load balancer one Slack delivery, or Slack's retry of it (`X-Slack-Retry-Num: 1`), may
reach either process. Each probe sends one body to both real `serve`s (at the same moment, or
first to one and then as a retry to the other) and counts what reached the fake Slack and the
database once both have nothing pending: a thread reply under a ticket (one comment, one echo),
`app_home_opened` (one publish), a slash command (one answer), the Close modal with SQL and a
promotion (one close, one note, one DM, one library query), and the Change-parameters modal (one
re-run).
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    action_from_message,
    app_home_opened,
    block_actions_body,
    command_body,
    post_signed,
    thread_reply,
    view_submission_body,
)
from sqlalchemy import select
from test_slack_durable import Serve, _assert_exactly_once, _burst, _wait_settled

from bot.db.session import make_engine, make_session_factory
from bot.slack.intake import IntakeStore, SlackIntake, delivery_key
from bot.tickets.models import Ticket, TicketEvent

ANALYST, REQUESTER = "U0ANALYST1", "U0REQ00001"
GENERAL, TRIAGE = "C0GENERAL1", "C0TRIAGE01"
RETRY = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}


class Pair:
    """Two `serve`s sharing one database and the fake Slack."""

    def __init__(self, tmp_path: Path, fake: FakeSlack, database: str) -> None:
        from slack_helpers import app_settings

        settings = app_settings(tmp_path, fake.api_url, database_url=database, admins=(ANALYST,))
        self.fake = fake
        self.serves = [Serve(tmp_path, settings), Serve(tmp_path, settings)]
        for serve in self.serves:
            serve.wait_healthy()
            serve.wait_for_line(r"jobs process \d+ listening")
        self.factory = make_session_factory(make_engine(database))

    def close(self) -> None:
        for serve in self.serves:
            serve.stop()
        self.factory.kw["bind"].dispose()

    def both(self, body: str, *, retry: bool = False) -> list[int]:
        """`body` to both processes at once (the second as Slack's retry when `retry`)."""
        barrier, statuses = threading.Barrier(2), [0, 0]

        def send(i: int) -> None:
            barrier.wait(timeout=10)
            headers = RETRY if retry and i == 1 else None
            statuses[i] = post_signed(self.serves[i].base, body, extra_headers=headers)[0]

        threads = [threading.Thread(target=send, args=(i,)) for i in (0, 1)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        return statuses

    def one_then_retry(self, body: str) -> list[int]:
        """`body` to the first process, then Slack's retry of it to the second."""
        first = post_signed(self.serves[0].base, body)[0]
        return [first, post_signed(self.serves[1].base, body, extra_headers=RETRY)[0]]

    def settle(self, body: str, timeout: float = 30) -> None:
        """Wait (bounded) until `body`'s stored request is done and nothing else is left."""
        key = delivery_key(_parsed(body))
        store = IntakeStore(self.factory)
        deadline = time.monotonic() + timeout
        while True:
            with self.factory() as session:
                state = session.scalar(select(SlackIntake.state).where(SlackIntake.key == key))
            if state == "done" and not set(store.counts()) - {"done"}:
                return
            assert time.monotonic() < deadline, (key, state, store.counts())
            time.sleep(0.1)

    def events(self, ticket_id: int) -> Counter[str]:
        with self.factory() as session:
            rows = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id))
            return Counter(e.kind for e in rows)

    def ticket(self) -> Ticket:
        with self.factory() as session:
            return session.scalars(select(Ticket).order_by(Ticket.id.desc())).first()


@pytest.fixture
def pair(tmp_path: Path, pg_url: str) -> Iterator[Pair]:
    with FakeSlack() as fake:
        two = Pair(tmp_path, fake, pg_url)
        try:
            yield two
        finally:
            two.close()


def _parsed(body: str) -> dict[str, Any]:
    """A test body as the app parses it (JSON event, form command, or form `payload=`)."""
    if body.startswith("{"):
        return dict(json.loads(body))
    fields = {k: v[0] for k, v in parse_qs(body).items()}
    return dict(json.loads(fields["payload"])) if "payload" in fields else fields


def _keys(fake: FakeSlack) -> Counter[str]:
    return Counter(
        k
        for m in fake.posted()
        if (k := ((m.get("metadata") or {}).get("event_payload") or {}).get("key"))
    )


def _thread(fake: FakeSlack, channel: str, ts: str) -> list[str]:
    return [
        m["text"]
        for (ch, _), m in sorted(fake.messages.items())
        if ch == channel and m.get("thread_ts") == ts
    ]


def test_the_same_delivery_to_both_serves_has_its_effect_once(pair: Pair) -> None:
    fake = pair.fake
    # A ticket, its triage post and the requester's reply in the channel.
    body = command_body("please build a churn dashboard")
    assert pair.both(body) == [200, 200]
    pair.settle(body)
    ticket = pair.ticket()
    reply = next(
        m
        for (ch, _), m in fake.messages.items()
        if ch == GENERAL and m["text"].startswith("Ticket")
    )
    assert (pair.events(ticket.id)["created"], _keys(fake)[f"ticket:{ticket.id}:triage"]) == (1, 1)

    # A reply in the requester's thread: one comment, echoed to the triage thread once.
    for n, send in enumerate((pair.both, pair.one_then_retry)):
        body = thread_reply(REQUESTER, GENERAL, reply["ts"], f"it is for the board, part {n}")
        assert send(body) == [200, 200]
        pair.settle(body)
        assert pair.events(ticket.id)["commented"] == n + 1
    echoes = [t for t in _thread(fake, TRIAGE, ticket.message_ts) if "commented" in t]
    assert len(echoes) == 2, echoes

    # App Home opened: published once per delivery.
    body = app_home_opened(ANALYST)
    assert pair.both(body, retry=True) == [200, 200]
    pair.settle(body)
    assert len(fake.calls_to("views.publish")) == 1

    # The Close modal with SQL and a promotion: one close, one note, one DM, one query.
    values = {
        "resolution": {"value": {"type": "plain_text_input", "value": "built it"}},
        "sql": {"value": {"type": "plain_text_input", "value": "SELECT 1 AS n"}},
        "promote": {"value": {"type": "plain_text_input", "value": "churn_board"}},
    }
    meta = json.dumps({"ticket": ticket.id})
    view = {"callback_id": "ticket_close_modal", "private_metadata": meta}
    body = view_submission_body(view, values, user_id=ANALYST)
    assert pair.both(body) == [200, 200]
    pair.settle(body)
    assert pair.events(ticket.id)["closed"] == 1
    notes = [t for t in _thread(fake, TRIAGE, ticket.message_ts) if "closed it" in t]
    dms = [m["text"] for (ch, _), m in fake.messages.items() if ch.startswith("D")]
    done = [t for t in dms if t.startswith(f"Your ticket #{ticket.id} is done")]
    assert (len(notes), len(done)) == (1, 1), (notes, dms)
    assert not [t for t in dms if "closed, but" in t], dms

    # The requester's reply reopens it once, whichever process gets it and its retry.
    body = thread_reply(REQUESTER, GENERAL, reply["ts"], "the numbers look off")
    assert pair.both(body, retry=True) == [200, 200]
    pair.settle(body)
    assert pair.events(ticket.id)["reopened"] == 1

    # A slash command delivered to both: answered once.
    trigger = "7401.00000001"
    body = command_body("revenue by region in October 2026", trigger_id=trigger)
    assert pair.both(body) == [200, 200]
    pair.settle(body)
    assert _keys(fake)[f"cmd:{trigger}:1"] == 1
    answers = fake.posted(lambda m: m["text"].startswith("Revenue by region"))
    assert len(answers) == 1

    # Change parameters: the form opened from the answer, submitted to both: one re-run.
    message = fake.messages[(GENERAL, answers[0]["ts"])]
    click = block_actions_body(action_from_message(message, "change_params"), message=message)
    assert post_signed(pair.serves[0].base, click)[0] == 200
    form = fake.wait_for("views.open", timeout=30)[0].args["view"]
    region = {"value": {"type": "static_select", "selected_option": {"value": "EMEA"}}}
    body = view_submission_body(form, {"p:region": region})
    assert pair.both(body) == [200, 200]
    pair.settle(body)
    assert len(fake.posted(lambda m: m["text"].startswith("Revenue by region"))) == 2
    assert [k for k, n in _keys(fake).items() if n > 1] == []


def test_the_survivor_takes_over_a_killed_serve_s_work_once(tmp_path: Path, pg_url: str) -> None:
    """`kill -9` of one whole `serve` mid-burst, not restarted: the other one answers or tickets
    every request the dead one acked, once (its rows freed because their owner is gone)."""
    with FakeSlack() as fake:
        two = Pair(tmp_path, fake, pg_url)
        try:
            victim, survivor = two.serves
            acked = _burst(victim.base, victim.kill_group)
            assert victim.proc.poll() is not None
            _wait_settled(fake, two.factory, acked)
            _assert_exactly_once(fake, two.factory, acked)
            assert survivor.proc.poll() is None
            taken = [line for line in survivor.lines if "what=command" in line]
            assert taken, "the survivor took over nothing: the kill came too late to test it"
        finally:
            two.close()
