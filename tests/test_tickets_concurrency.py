"""Races on SQLite and PostgreSQL: 50 simultaneous claims of one ticket (exactly one wins),
200 simultaneous creations (the rotation stays fair), and double-submitted creations."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.db.session import make_engine, make_session_factory, upgrade
from bot.tickets.models import RotationState, Ticket, TicketEvent
from bot.tickets.roster import parse_roster, seed_roster
from bot.tickets.service import AlreadyClaimed, TicketService

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
DUE = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)
MEMBERS = [f"U0MEMBER{i:02d}" for i in range(7)]


@pytest.fixture
def factory(db_url: str) -> Iterator:
    upgrade(db_url)
    engine = make_engine(db_url, pool_size=25, max_overflow=30)
    yield make_session_factory(engine)
    engine.dispose()


def _race(n: int, fn: Callable[[int], Any], workers: int = 50) -> list[Any]:
    """Run fn(0..n-1) on many threads released at the same moment; exceptions are returned."""
    start = threading.Barrier(min(n, workers))

    def run(i: int) -> Any:
        if i < workers:
            start.wait(timeout=30)
        try:
            return fn(i)
        except Exception as exc:  # the losers' errors are the result under test
            return exc

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(run, range(n)))


def test_fifty_simultaneous_claims_exactly_one_wins(factory) -> None:
    svc = TicketService(factory, clock=lambda: NOW)  # no roster: anyone may claim
    ticket = svc.create_ticket(
        "cohort retention", "U0REQ00001", "C1", due_at=DUE, priority="normal"
    )
    claimers = [f"U0CLAIM{i:03d}" for i in range(50)]
    results = _race(50, lambda i: svc.claim(ticket.id, claimers[i]))
    winners = [r for r in results if not isinstance(r, Exception)]
    losers = [r for r in results if isinstance(r, Exception)]
    assert len(winners) == 1, losers[:3]
    winner = winners[0].claimed_by
    assert all(isinstance(e, AlreadyClaimed) and e.by == winner for e in losers), losers[:3]
    assert str(losers[0]) == f"Already claimed by <@{winner}>"
    final = svc.get(ticket.id)
    assert (final.state, final.claimed_by, final.owner_id) == ("in_progress", winner, winner)
    claims = [e for e in svc.events(ticket.id) if e.kind == "claimed"]
    assert [e.actor_id for e in claims] == [winner]


def test_two_hundred_simultaneous_creations_share_the_rotation_fairly(factory) -> None:
    roster = "members:\n" + "".join(f"  - {{id: {m}, name: M{i}}}\n" for i, m in enumerate(MEMBERS))
    seed_roster(factory, parse_roster(roster, "roster.yaml"), now=NOW)
    svc = TicketService(factory, clock=lambda: NOW)
    results = _race(
        200,
        lambda i: svc.create_ticket(
            f"request {i}", "U0REQ00001", "C1", due_at=DUE, priority="normal"
        ),
    )
    errors = [r for r in results if isinstance(r, Exception)]
    assert errors == []
    counts = Counter(t.owner_id for t in results)
    assert set(counts) == set(MEMBERS)
    assert max(counts.values()) - min(counts.values()) <= 1, counts
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 200
        state = s.get(RotationState, "*")
        assert state is not None and state.assigned_count == 200
        # In id order the owners follow the roster order exactly: no slot taken twice.
        owners = list(s.scalars(select(Ticket.owner_id).order_by(Ticket.id)))
    assert owners == [MEMBERS[i % len(MEMBERS)] for i in range(200)]


def test_double_submitted_creation_makes_one_ticket(factory) -> None:
    svc = TicketService(factory, clock=lambda: NOW)
    results = _race(
        20,
        lambda i: svc.create_ticket(
            "refunds by reason", "U0REQ00001", "C1", due_at=DUE, priority="normal",
            idempotency_key="slack:C1:1763900000.000200",
        ),
    )  # fmt: skip
    assert [r for r in results if isinstance(r, Exception)] == []
    assert len({t.id for t in results}) == 1
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 1
        assert s.scalar(select(func.count()).select_from(TicketEvent)) == 1


def test_simultaneous_close_and_cancel_one_wins(factory) -> None:
    svc = TicketService(factory, clock=lambda: NOW)
    ticket = svc.create_ticket("nps by plan", "U0REQ00001", "C1", due_at=DUE, priority="normal")
    results = _race(
        10,
        lambda i: (
            svc.close(ticket.id, f"U0TEAM{i:04d}", "answered")
            if i % 2
            else svc.cancel(ticket.id, "U0REQ00001")
        ),
        workers=10,
    )
    assert sum(not isinstance(r, Exception) for r in results) == 1
    closing = [e for e in svc.events(ticket.id) if e.kind in ("closed", "cancelled")]
    assert len(closing) == 1
