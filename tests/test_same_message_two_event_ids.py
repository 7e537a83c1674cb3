"""One message delivered under two event_ids has one effect (issue 9, twelfth stop's leftovers).

Slack may deliver the same message twice with different event_ids (two subscriptions that both
see it, a copy sent again; or a forged copy), and retries it with the same event_id and
`X-Slack-Retry-Num`. The app keyed message events by event_id, so the second copy of a reply in
a ticket's thread was a second comment and a second echo in the triage thread, and a DM to the
bot was answered twice. Signed HTTP into the running app (in this process, and a real `serve`
with its durable intake and jobs process), the fake Web API on loopback.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    app_settings,
    command_body,
    event_body,
    post_signed,
    thread_reply,
)
from sqlalchemy import select
from test_slack_durable import Serve

from bot.db.session import make_engine, make_session_factory
from bot.slack.intake import IntakeStore, delivery_key
from bot.tickets.models import TicketEvent
from handlers.threads import DM_POINTER

REQUESTER = "U0REQ00001"
GENERAL, TRIAGE = "C0GENERAL1", "C0TRIAGE01"
RETRY = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}


def _under_another_event_id(body: str, event_id: str) -> str:
    envelope = json.loads(body)
    envelope["event_id"] = event_id
    return json.dumps(envelope)


def _requester_thread(fake: FakeSlack) -> dict[str, Any]:
    """The message in the requester's channel that tells of the new ticket."""
    deadline = time.monotonic() + 30
    while True:
        found = [
            m for (ch, _), m in fake.messages.items() if ch == GENERAL and "Ticket" in m["text"]
        ]
        if found:
            return found[0]
        assert time.monotonic() < deadline, "no ticket was opened"
        time.sleep(0.05)


def _echoes(fake: FakeSlack) -> list[str]:
    return [
        m["text"]
        for (ch, _), m in fake.messages.items()
        if ch == TRIAGE and m.get("thread_ts") and "commented" in m["text"]
    ]


def _settle(store: IntakeStore, seen: Any, timeout: float = 90) -> None:
    """Wait (bounded) until nothing is pending in the intake and `seen()` holds."""
    deadline = time.monotonic() + timeout
    while store.counts().get("pending") or not seen():
        assert time.monotonic() < deadline, store.counts()
        time.sleep(0.1)


def _three_copies(post: Any, body: str) -> None:
    """`body`, the same message under another event_id, then Slack's retry of the first."""
    assert post(body)[0] == 200
    assert post(_under_another_event_id(body, "Ev0SECONDSUBSCRIPTION"))[0] == 200
    assert post(body, extra_headers=RETRY)[0] == 200


def test_a_reply_under_two_event_ids_is_one_comment_and_one_echo(
    app: AppServer, fake: FakeSlack
) -> None:
    assert app.post(command_body("please build a churn dashboard"))[0] == 200
    app.drain()
    thread = _requester_thread(fake)
    ticket = app.services.tickets.list_tickets()[0]
    body = thread_reply(REQUESTER, GENERAL, thread["ts"], "it is for the board on Monday")
    _three_copies(app.post, body)
    app.drain()
    kinds = [e.kind for e in app.services.tickets.events(ticket.id)]
    assert kinds.count("commented") == 1, kinds
    assert len(_echoes(fake)) == 1, _echoes(fake)
    # Another message in the same thread is a reply of its own.
    time.sleep(0.01)
    app.post(thread_reply(REQUESTER, GENERAL, thread["ts"], "and EMEA too please"))
    app.drain()
    kinds = [e.kind for e in app.services.tickets.events(ticket.id)]
    assert kinds.count("commented") == 2, kinds


def test_a_dm_under_two_event_ids_is_pointed_to_the_command_once(
    app: AppServer, fake: FakeSlack
) -> None:
    event = {
        "type": "message",
        "user": REQUESTER,
        "channel": "D0REQ00001",
        "channel_type": "im",
        "text": "hi, can you get me revenue?",
        "ts": "1700000500.000100",
        "client_msg_id": "5d6a0d1e-0000-4000-8000-000000000001",
    }
    _three_copies(app.post, event_body(event))
    app.drain()
    pointers = [c for c in fake.calls_to("chat.postMessage") if c.args["text"] == DM_POINTER]
    assert len(pointers) == 1, pointers


def test_keys_of_a_message_follow_the_message_not_the_event_id() -> None:
    event = {"type": "message", "channel": "C1", "ts": "1.2", "user": "U1", "text": "x"}
    first = delivery_key({"event_id": "Ev1", "event": event})
    assert (
        first == delivery_key({"event_id": "Ev2", "event": dict(event)}) == "event:message:C1:1.2"
    )
    assert first != delivery_key({"event_id": "Ev1", "event": {**event, "ts": "1.3"}})
    assert first != delivery_key({"event_id": "Ev1", "event": {**event, "channel": "C2"}})
    no_ts = {"type": "message", "channel": "C1", "client_msg_id": "m-1"}
    assert delivery_key({"event_id": "Ev3", "event": no_ts}) == "event:message:m-1"
    # Events that are not messages keep their event_id.
    home = {"type": "app_home_opened", "user": "U1"}
    assert delivery_key({"event_id": "Ev4", "event": home}) == "event:Ev4"


def test_a_serve_with_its_durable_intake_stores_the_message_once(
    tmp_path: Path, db_url: str
) -> None:
    """The real `serve`: the second copy is not stored, so the jobs process runs it once."""
    with FakeSlack() as fake:
        serve = Serve(tmp_path, app_settings(tmp_path, fake.api_url, database_url=db_url))
        factory = make_session_factory(make_engine(db_url))
        try:
            serve.wait_healthy()
            post = lambda body, **kw: post_signed(serve.base, body, **kw)  # noqa: E731
            assert post(command_body("please build a churn dashboard"))[0] == 200
            thread = _requester_thread(fake)
            store = IntakeStore(factory)
            _settle(store, lambda: True)  # the thread is linked to the ticket
            body = thread_reply(REQUESTER, GENERAL, thread["ts"], "it is for the board")
            _three_copies(post, body)
            _settle(store, lambda: bool(_echoes(fake)))
            time.sleep(0.5)  # a second run, were there one, would have commented by now
            with factory() as session:
                kinds = session.scalars(select(TicketEvent.kind)).all()
            assert kinds.count("commented") == 1, kinds
            assert len(_echoes(fake)) == 1, _echoes(fake)
            assert store.counts() == {"done": 2}
        finally:
            serve.stop()
            factory.kw["bind"].dispose()
