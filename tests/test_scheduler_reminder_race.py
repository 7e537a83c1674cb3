"""A ticket closed in the instant its reminder is decided gets no reminder (SQLite and PG).

The deadline job lists the tickets, checks each again, then claims the message; the close
here lands right after that check, the narrowest window, through the job's own hook.
"""

from __future__ import annotations

import threading
from typing import Any

import test_scheduler_delivery as delivery
from sqlalchemy import select
from test_scheduler_delivery import HistoryFakeSlack, la, make_scheduler, seed_tickets

from scheduler.models import OutboundMessage
from scheduler.ticket_guard import insert_if, still_as_listed

env, fake, files = delivery.env, delivery.fake, delivery.files


def _close_right_after_the_check(sched: Any, services: Any) -> list[int]:
    closed: list[int] = []
    check = sched.jobs._unchanged

    def then_closed(listed: Any) -> bool:
        verdict = check(listed)
        if listed.id not in closed:
            services.tickets.close(listed.id, "U0ALICE001", "done meanwhile")
            closed.append(listed.id)
        return verdict

    sched.jobs._unchanged = then_closed
    return closed


def test_a_close_between_the_check_and_the_claim_sends_no_reminder(
    env: Any, fake: HistoryFakeSlack
) -> None:
    services, clock = env
    soon = seed_tickets(services, clock)["soon"]
    sched = make_scheduler(services, fake, clock)
    closed = _close_right_after_the_check(sched, services)
    runs = sched.tick(clock.set(la(2026, 11, 23, 8, 0, 10)))
    assert soon.id in closed
    assert fake.posts("U0ALICE001") == []  # no "due in 9 h" for a ticket closed just before
    with services.session_factory() as session:
        keys = session.scalars(select(OutboundMessage.key)).all()
    assert not [k for k in keys if k.startswith(f"due_soon:{soon.id}:")]
    outcomes = [r.outcome for r in runs if r.schedule_id == "deadlines"]
    assert outcomes == ["posted"]  # the slot is done: nothing is retried for the closed ticket
    sched.jobs._unchanged = type(sched.jobs)._unchanged.__get__(sched.jobs)
    sched.tick(clock.set(la(2026, 11, 23, 8, 15, 10)))
    assert fake.posts("U0ALICE001") == []


def test_a_close_during_the_claim_goes_through_after_it_and_later_claims_are_refused(
    env: Any, fake: HistoryFakeSlack
) -> None:
    """A close that starts while the claim's transaction holds the ticket neither fails nor
    deadlocks: it commits after the claim; a claim guarded on the old view then writes nothing."""
    services, clock = env
    soon = seed_tickets(services, clock)["soon"]
    listed = services.tickets.get(soon.id)
    inside, closing = threading.Event(), threading.Event()
    result: list[Any] = []

    def close() -> None:
        inside.wait(30)
        closing.set()
        result.append(services.tickets.close(soon.id, "U0ALICE001", "done").state)

    def guard(session: Any) -> bool:
        held = still_as_listed(listed)(session)
        inside.set()
        closing.wait(30)  # the close has started; the claim has not committed yet
        return held

    closer = threading.Thread(target=close)
    closer.start()

    def row(key: str) -> OutboundMessage:
        return OutboundMessage(
            key=key,
            kind="due_soon",
            channel="U0ALICE001",
            ticket_id=soon.id,
            status="claimed",
            claimed_at=clock(),
            claimed_by="test",
            attempts=1,
        )

    assert insert_if(services.session_factory, row("a"), guard) is True
    closer.join(60)
    assert result == ["done"]
    assert insert_if(services.session_factory, row("b"), still_as_listed(listed)) is None
    with services.session_factory() as session:
        assert session.scalars(select(OutboundMessage.key)).all() == ["a"]
