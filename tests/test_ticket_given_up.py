"""A message about a ticket that names nobody to tell, given up by the outbox: who hears.

The scheduler's own reminders and escalations (`scheduler.jobs`) carry their ticket on their
outbound row and no person behind them. On main, when the outbox gave one up (here: Slack
answered 429 to every attempt), one log line was all: nobody learned that the overdue notice
or the escalation never appeared. Now the ticket's owner is told once by DM, or, when nobody
owns it, its triage thread gets one note; a closed ticket hears nothing. The outbox of the app
on SQLite against the fake Slack, two processes' outboxes, the clock moved by hand.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import update
from test_held_answer_given_up import ATTEMPTS, STORM, _outboxes, _status, env

from bot.tickets.models import Ticket, TicketEvent
from scheduler.delivery import Message
from scheduler.given_up import NOTE_UNDELIVERED
from scheduler.models import FAILED
from scheduler.resend import resend_kept
from scheduler.ticket_given_up import nobody_line

__all__ = ["env"]  # the fixture, shared with the given-up tests
TRIAGE = "C0TRIAGE01"
OWNER = "U0CAROL001"
LEAD = "U0LEAD0001"


def _ticket(services: Any, outbox: Any, *, owner: str | None) -> tuple[Any, str]:
    """A ticket posted in triage (its message in the fake), claimed by `owner`."""
    ticket = services.tickets.create_ticket("churn by plan", "U0ALICE001", "C0GENERAL1")
    _, ts = outbox.poster.post(TRIAGE, f"Ticket #{ticket.id}", [], key=f"ticket:{ticket.id}")
    services.tickets.set_message_ref(ticket.id, TRIAGE, ts)
    if owner:
        services.tickets.claim(ticket.id, owner)
    else:  # as with no roster to give it an owner by rotation
        with services.session_factory.begin() as session:
            session.execute(update(Ticket).where(Ticket.id == ticket.id).values(owner_id=None))
    return ticket, ts


def _given_up(services: Any, outboxes: list[Any], clock: Any, fake: Any, message: Message) -> None:
    """The scheduler sends `message` on each tick past the lease; Slack refuses every try."""
    fake.fail_next((ATTEMPTS + 1) * STORM, 429, method="chat.postMessage", retry_after=0)
    for attempt in range(ATTEMPTS + 1):
        outboxes[attempt % 2].send_once(message)
        clock.set(clock.now + timedelta(minutes=6))
    assert _status(services, message.key) == FAILED


def _passes(outboxes: list[Any], clock: Any) -> None:
    for _ in range(2):
        for outbox in outboxes:
            resend_kept(outbox)
        clock.set(clock.now + timedelta(minutes=6))


def _lines(fake: Any) -> list[tuple[Any, Any, Any]]:
    return [
        (c.args.get("channel"), c.args.get("thread_ts"), c.args.get("text"))
        for c in fake.calls_to("chat.postMessage")
        if not str(c.args.get("text")).startswith("Ticket #")
    ]


def _events(services: Any, ticket_id: int) -> list[Any]:
    with services.session_factory() as session:
        events = session.query(TicketEvent).filter_by(kind=NOTE_UNDELIVERED).all()
        return [(e.ticket_id, e.actor_id) for e in events]


def test_the_schedulers_overdue_notice_given_up_is_told_to_the_tickets_owner_once(env: Any) -> None:
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    ticket, ts = _ticket(services, outboxes[0], owner=OWNER)
    notice = f"Ticket #{ticket.id} is overdue."
    overdue = Message(
        f"overdue:{ticket.id}:2026-11-20T17:00:00Z",
        "overdue",
        TRIAGE,
        notice,
        thread_ts=ts,
        ticket_id=ticket.id,
    )
    _given_up(services, outboxes, clock, fake, overdue)
    _passes(outboxes, clock)
    line = nobody_line({"what": "overdue", "ticket_id": ticket.id})
    assert "overdue notice about ticket #" in line
    assert _lines(fake) == [(OWNER, None, line)], _lines(fake)
    assert _events(services, ticket.id) == [(ticket.id, None)]


def test_an_escalation_given_up_on_an_unowned_ticket_is_noted_in_its_triage_thread_once(
    env: Any,
) -> None:
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    ticket, ts = _ticket(services, outboxes[0], owner=None)
    escalation = Message(
        f"escalate_unclaimed:{ticket.id}:2026-11-20T17:00:00Z",
        "escalate_unclaimed",
        LEAD,
        f"Ticket #{ticket.id} has been unclaimed for 2 days.",
        ticket_id=ticket.id,
    )
    _given_up(services, outboxes, clock, fake, escalation)
    _passes(outboxes, clock)
    line = nobody_line({"what": "escalate_unclaimed", "ticket_id": ticket.id})
    assert _lines(fake) == [(TRIAGE, ts, line)], _lines(fake)


def test_a_closed_ticket_or_an_old_failure_tells_nobody(env: Any) -> None:
    services, fake, clock = env
    outboxes = _outboxes(services, clock)
    closed, ts = _ticket(services, outboxes[0], owner=OWNER)
    services.tickets.close(closed.id, OWNER, "Answered in the thread.")
    kw = {"thread_ts": ts, "ticket_id": closed.id}
    _given_up(services, outboxes, clock, fake, Message("overdue:x", "overdue", TRIAGE, "o", **kw))
    _passes(outboxes, clock)
    assert _lines(fake) == []
    old, ts = _ticket(services, outboxes[0], owner=OWNER)
    kw = {"thread_ts": ts, "ticket_id": old.id}
    _given_up(services, outboxes, clock, fake, Message("overdue:y", "overdue", TRIAGE, "o", **kw))
    clock.set(clock.now + timedelta(days=2))  # nobody passed for two days: no longer news
    _passes(outboxes, clock)
    assert _lines(fake) == []
