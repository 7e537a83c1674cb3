"""Rotation: round-robin and least-loaded order, out-of-office and opt-out skipping, routing to
sub-teams, and fairness across restarts (state in the database, not in memory)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from support import Clock

from bot.db.session import make_engine, make_session_factory, upgrade
from bot.tickets.models import RoutingRule
from bot.tickets.roster import parse_roster, seed_roster, set_opted_out, set_out_of_office
from bot.tickets.rotation import Candidate, pick_least_loaded, pick_round_robin, route
from bot.tickets.service import TicketService

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
DUE = datetime(2026, 12, 18, 17, 0, tzinfo=UTC)
A, B, C, D, E = "U0ALICE001", "U0BOB00001", "U0CAROL001", "U0DAN00001", "U0ERIN0001"

ROSTER = f"""
team: data-team
lead: {A}
members:
  - {{id: {A}, name: Alice}}
  - id: {B}
    name: Bob
    subteam: analytics
    out_of_office:
      - {{from: 2026-11-25, to: 2026-11-26}}
  - {{id: {C}, name: Carol, subteam: analytics}}
  - {{id: {D}, name: Dan}}
  - {{id: {E}, name: Erin, rotation: false}}
routing:
  - {{keywords: [attribution, marketing spend], subteam: analytics}}
  - {{channel: C0FINANCE1, subteam: finance}}
  - {{channel: C0GROWTH01, subteam: analytics}}
"""


def test_pick_round_robin_wraps_and_skips_gaps() -> None:
    cands = [Candidate("x", 0), Candidate("y", 2), Candidate("z", 5)]
    assert pick_round_robin(cands, -1).user_id == "x"
    assert pick_round_robin(cands, 0).user_id == "y"
    assert pick_round_robin(cands, 3).user_id == "z"
    assert pick_round_robin(cands, 5).user_id == "x"
    assert pick_round_robin([], 0) is None


def test_pick_least_loaded_breaks_ties_by_round_robin() -> None:
    cands = [Candidate("x", 0, 2), Candidate("y", 1, 1), Candidate("z", 2, 1)]
    assert pick_least_loaded(cands, -1).user_id == "y"
    assert pick_least_loaded(cands, 1).user_id == "z"
    assert pick_least_loaded(cands, 2).user_id == "y"
    assert pick_least_loaded([], 0) is None


def test_route_first_match_wins_on_words_phrases_and_channels() -> None:
    rules = [
        RoutingRule(position=0, keywords=["attribution", "marketing spend"], subteam="analytics"),
        RoutingRule(position=1, channel_id="C0FINANCE1", subteam="finance"),
    ]
    assert route("Attribution by channel", None, rules) == "analytics"
    assert route("total marketing spend last month", "C0FINANCE1", rules) == "analytics"
    assert route("marketing budget", "C0FINANCE1", rules) == "finance"
    assert route("misattribution of orders", None, rules) is None  # whole words only
    assert route("revenue", "C0OTHER001", rules) is None


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def svc(factory, clock: Clock) -> TicketService:
    seed_roster(factory, parse_roster(ROSTER, "roster.yaml"), now=NOW)
    return TicketService(factory, clock=clock)


def _owners(svc: TicketService, n: int, text: str = "weekly active users", channel: str = "C1"):
    return [
        svc.create_ticket(text, "U0REQ00001", channel, due_at=DUE, priority="normal").owner_id
        for _ in range(n)
    ]


def test_round_robin_over_many_tickets_with_out_of_office(svc: TicketService, clock) -> None:
    assert _owners(svc, 8) == [A, B, C, D, A, B, C, D]  # Erin is not in the rotation
    clock.now = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # Bob is out of office
    assert _owners(svc, 6) == [A, C, D, A, C, D]
    clock.now = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)  # Bob is back, nobody skipped after
    assert _owners(svc, 5) == [A, B, C, D, A]


def test_out_of_office_uses_the_team_time_zone(factory) -> None:
    seed_roster(factory, parse_roster(ROSTER, "roster.yaml"), now=NOW)
    # 2026-11-25 03:00 UTC is still 2026-11-24 in Los Angeles: Bob is not away there yet.
    at = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    la = TicketService(factory, clock=Clock(at), tz="America/Los_Angeles")
    assert _owners(la, 2) == [A, B]
    utc = TicketService(factory, clock=Clock(at), tz="UTC")
    assert _owners(utc, 2) == [C, D]


def test_rotation_continues_across_restarts(db_url: str, clock: Clock) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    seed_roster(factory, parse_roster(ROSTER, "roster.yaml"), now=NOW)
    first = _owners(TicketService(factory, clock=clock), 3)
    engine.dispose()
    upgrade(db_url)  # a restart runs the migrations again: a no-op
    engine = make_engine(db_url)
    second = _owners(TicketService(make_session_factory(engine), clock=clock), 6)
    engine.dispose()
    assert first + second == [A, B, C, D, A, B, C, D, A]


def test_opt_out_and_manual_out_of_office(svc: TicketService, factory, clock) -> None:
    set_opted_out(factory, C, True)
    set_out_of_office(factory, D, date(2026, 11, 23), date(2026, 11, 23))
    assert _owners(svc, 4) == [A, B, A, B]
    set_opted_out(factory, C, False)
    clock.now += timedelta(days=1)
    assert _owners(svc, 4) == [C, D, A, B]


def test_routing_sends_to_the_subteam_and_falls_back(svc: TicketService, clock) -> None:
    assert _owners(svc, 3, text="attribution for the spring campaign") == [B, C, B]
    assert _owners(svc, 2, channel="C0GROWTH01") == [C, B]
    # Nobody is in "finance": the whole team's rotation takes it, from where it stood.
    assert _owners(svc, 2, channel="C0FINANCE1") == [A, B]
    clock.now = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # Bob away: Carol carries analytics
    assert _owners(svc, 2, text="attribution again") == [C, C]
    t = svc.create_ticket("attribution", "U0REQ00001", "C1", due_at=DUE, priority="normal")
    assert t.subteam == "analytics"
    assert [e.detail.get("pool") for e in svc.events(t.id) if e.kind == "assigned"] == [
        "sub:analytics"
    ]


def test_everyone_away_leaves_the_ticket_unassigned(svc: TicketService, factory) -> None:
    for user in (A, B, C, D):
        set_opted_out(factory, user, True)
    t = svc.create_ticket("anything", "U0REQ00001", "C1", due_at=DUE, priority="normal")
    assert (t.state, t.owner_id) == ("open", None)


def test_least_loaded_policy(factory, clock: Clock) -> None:
    roster = ROSTER.replace("lead: U0ALICE001", "lead: U0ALICE001\nrotation: least_loaded")
    seed_roster(factory, parse_roster(roster, "roster.yaml"), now=NOW)
    svc = TicketService(factory, clock=clock)
    first = [
        svc.create_ticket(f"r{i}", "U0REQ00001", "C1", due_at=DUE, priority="normal")
        for i in range(4)
    ]
    assert [t.owner_id for t in first] == [A, B, C, D]  # all equal: round-robin order
    svc.claim(first[0].id, A)
    svc.close(first[0].id, A, "done")  # Alice now has none open
    svc.close(first[2].id, C, "done")  # Carol none either
    # Fewest open first (Alice, then Carol); then all have one: rotation order after Carol.
    assert _owners(svc, 3) == [A, C, D]
    assert _owners(svc, 2) == [A, B]  # Dan has two open now, the others one
