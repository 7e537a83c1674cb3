"""Ticket lifecycle on SQLite and PostgreSQL: every transition, every illegal one, permissions,
idempotency, due dates, history, and no half-written ticket after a crash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from support import Clock

from bot.errors import Forbidden, InvalidTransition, NotFound, UserFacingError
from bot.tickets.models import RequestLog, Ticket, TicketEvent
from bot.tickets.roster import parse_roster, seed_roster
from bot.tickets.service import AlreadyClaimed, TicketService, add_weekday_hours

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # a Monday
UTC_ZONE = ZoneInfo("UTC")
DUE = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)

ROSTER = """
team: data-team
lead: U0LEAD0001
members:
  - {id: U0ALICE001, name: Alice}
  - {id: U0BOB00001, name: Bob}
  - {id: U0LEAD0001, name: Lead, rotation: false}
"""


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def svc(factory, clock: Clock) -> TicketService:
    seed_roster(factory, parse_roster(ROSTER, "roster.yaml"), now=NOW)
    return TicketService(factory, clock=clock, tz="UTC")


def _new(svc: TicketService, text: str = "weekly churn by plan", **kw) -> object:
    kw.setdefault("due_at", DUE)
    kw.setdefault("priority", "normal")
    return svc.create_ticket(text, "U0REQ00001", "C0SALES001", **kw)


def _counts(factory) -> tuple[int, int]:
    with factory() as s:
        return (
            s.scalar(select(func.count()).select_from(Ticket)),
            s.scalar(select(func.count()).select_from(TicketEvent)),
        )


def test_create_records_everything_and_assigns_by_rotation(svc: TicketService) -> None:
    t = svc.create_ticket(
        "revenue by channel for the board",
        "U0REQ00001",
        "C0SALES001",
        best_query="revenue_by_region",
        best_score=0.41,
        best_params={"period": "2026-10-01..2026-10-31"},
        due_at=DUE,
        priority="high",
    )
    assert t.state == "assigned" and t.owner_id == "U0ALICE001" and t.claimed_by is None
    assert (t.requester_id, t.channel_id, t.source) == ("U0REQ00001", "C0SALES001", "unmatched")
    assert (t.best_query, t.best_score) == ("revenue_by_region", 0.41)
    assert t.best_params == {"period": "2026-10-01..2026-10-31"}
    assert (t.priority, t.due_at, t.created_at) == ("high", DUE, NOW)
    assert t.is_open and not t.is_overdue(NOW) and t.is_overdue(DUE + timedelta(seconds=1))
    assert svc.get(t.id) == t
    kinds = [(e.kind, e.actor_id, e.from_state, e.to_state) for e in svc.events(t.id)]
    assert kinds == [
        ("created", "U0REQ00001", None, "open"),
        ("assigned", None, "open", "assigned"),
    ]


def test_create_refuses_bad_input_and_writes_nothing(svc: TicketService, factory) -> None:
    for kwargs in ({"priority": "whenever"}, {"source": "carrier pigeon"}):
        with pytest.raises(UserFacingError):
            _new(svc, **kwargs)
    with pytest.raises(UserFacingError, match="text"):
        svc.create_ticket("   ", "U0REQ00001", "C1", due_at=DUE, priority="low")
    with pytest.raises(UserFacingError, match="time zone"):
        _new(svc, due_at=datetime(2026, 12, 1, 9, 0))
    assert _counts(factory) == (0, 0)


def test_full_lifecycle_claim_wait_resume_close_reopen(svc: TicketService, clock: Clock) -> None:
    t = _new(svc)
    clock.advance(hours=1)
    t = svc.claim(t.id, "U0BOB00001")
    assert (t.state, t.owner_id, t.claimed_by) == ("in_progress", "U0BOB00001", "U0BOB00001")
    assert t.claimed_at == t.first_claimed_at == NOW + timedelta(hours=1)
    t = svc.mark_waiting(t.id, "U0BOB00001")
    assert t.state == "waiting" and t.claimed_by == "U0BOB00001"
    with pytest.raises(AlreadyClaimed):
        svc.claim(t.id, "U0ALICE001")  # the claim is still Bob's while waiting
    t = svc.claim(t.id, "U0BOB00001")
    assert t.state == "in_progress"
    clock.advance(hours=2)
    t = svc.close(t.id, "U0BOB00001", "Sent the numbers in thread", sql="select 1")
    assert (t.state, t.resolution, t.resolution_sql) == (
        "done",
        "Sent the numbers in thread",
        "select 1",
    )
    assert t.closed_at == NOW + timedelta(hours=3) and not t.is_open
    t = svc.reopen(t.id, "U0REQ00001", "numbers are for the wrong month")
    assert (t.state, t.closed_at, t.resolution, t.claimed_by) == ("reopened", None, None, None)
    assert t.owner_id == "U0BOB00001" and t.is_open
    t = svc.claim(t.id, "U0ALICE001")
    assert t.state == "in_progress" and t.first_claimed_at == NOW + timedelta(hours=1)
    kinds = [e.kind for e in svc.events(t.id)]
    assert kinds == [
        "created", "assigned", "claimed", "waiting", "resumed", "closed", "reopened", "claimed",
    ]  # fmt: skip
    reopened = svc.events(t.id)[6]
    assert reopened.detail == {"reason": "numbers are for the wrong month"}


def test_release_reassign_cancel(svc: TicketService) -> None:
    t = _new(svc)
    svc.claim(t.id, "U0ALICE001")
    with pytest.raises(Forbidden, match="U0ALICE001"):
        svc.release(t.id, "U0BOB00001")
    t = svc.release(t.id, "U0ALICE001")
    assert (t.state, t.owner_id, t.claimed_by) == ("open", None, None)
    with pytest.raises(InvalidTransition, match="not claimed"):
        svc.release(t.id, "U0ALICE001")
    t = svc.reassign(t.id, "U0ALICE001", "U0BOB00001")
    assert (t.state, t.owner_id, t.claimed_by) == ("assigned", "U0BOB00001", None)
    assert svc.reassign(t.id, "U0ALICE001", "U0BOB00001") == t  # repeated click: no change
    with pytest.raises(UserFacingError, match="not a member"):
        svc.reassign(t.id, "U0ALICE001", "U0STRANGER")
    svc.claim(t.id, "U0BOB00001")
    t = svc.release(t.id, "U0LEAD0001")  # the lead may release anyone's claim
    assert t.state == "open"
    with pytest.raises(Forbidden):
        svc.cancel(t.id, "U0OTHER001")  # neither the requester nor a member
    t = svc.cancel(t.id, "U0REQ00001")
    assert t.state == "cancelled" and t.closed_at == NOW
    t = svc.reopen(t.id, "U0ALICE001")
    assert t.state == "reopened"
    t = svc.cancel(t.id, "U0BOB00001")  # a member may cancel too
    assert t.state == "cancelled"
    assert [e.kind for e in svc.events(t.id)] == [
        "created", "assigned", "claimed", "released", "reassigned", "claimed", "released",
        "cancelled", "reopened", "cancelled",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("setup", "action", "error", "message"),
    [
        ("done", "close", InvalidTransition, "already done"),
        ("cancelled", "claim", InvalidTransition, "cancelled: cannot claim it; reopen it first"),
        ("done", "claim", InvalidTransition, "reopen it first"),
        ("cancelled", "cancel", InvalidTransition, "already cancelled"),
        ("done", "mark_waiting", InvalidTransition, "done"),
        ("done", "reassign", InvalidTransition, "done"),
        ("done", "set_due", InvalidTransition, "done"),
        ("done", "release", InvalidTransition, "done"),
        ("waiting", "mark_waiting", InvalidTransition, "already waiting"),
        ("assigned", "reopen", InvalidTransition, "only done or cancelled"),
        ("in_progress", "reopen", InvalidTransition, "only done or cancelled"),
        ("in_progress", "claim_other", AlreadyClaimed, "Already claimed by <@U0ALICE001>"),
        ("assigned", "close_outsider", Forbidden, "Only members"),
        ("assigned", "claim_outsider", Forbidden, "Only members"),
        ("assigned", "close_empty", UserFacingError, "resolution"),
    ],
)
def test_illegal_transitions_change_nothing(
    svc: TicketService, factory, setup: str, action: str, error: type, message: str
) -> None:
    t = _new(svc)
    if setup in ("in_progress", "waiting", "done"):
        svc.claim(t.id, "U0ALICE001")
    if setup == "waiting":
        svc.mark_waiting(t.id, "U0ALICE001")
    if setup == "done":
        svc.close(t.id, "U0ALICE001", "answered")
    if setup == "cancelled":
        svc.cancel(t.id, "U0REQ00001")
    before = svc.get(t.id)
    events_before = svc.events(t.id)
    calls = {
        "close": lambda: svc.close(t.id, "U0BOB00001", "again"),
        "claim": lambda: svc.claim(t.id, "U0BOB00001"),
        "cancel": lambda: svc.cancel(t.id, "U0REQ00001"),
        "mark_waiting": lambda: svc.mark_waiting(t.id, "U0BOB00001"),
        "reassign": lambda: svc.reassign(t.id, "U0BOB00001", "U0ALICE001"),
        "set_due": lambda: svc.set_due(t.id, "U0BOB00001", DUE + timedelta(days=1)),
        "release": lambda: svc.release(t.id, "U0ALICE001"),
        "reopen": lambda: svc.reopen(t.id, "U0REQ00001"),
        "claim_other": lambda: svc.claim(t.id, "U0BOB00001"),
        "close_outsider": lambda: svc.close(t.id, "U0OUTSIDER", "done"),
        "claim_outsider": lambda: svc.claim(t.id, "U0OUTSIDER"),
        "close_empty": lambda: svc.close(t.id, "U0BOB00001", "  "),
    }
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")) as info:
        calls[action]()
    if isinstance(info.value, AlreadyClaimed):
        assert info.value.by == "U0ALICE001"
    assert svc.get(t.id) == before
    assert svc.events(t.id) == events_before


def test_claiming_twice_by_the_same_person_is_a_no_op(svc: TicketService) -> None:
    t = svc.claim(_new(svc).id, "U0BOB00001")
    assert svc.claim(t.id, "U0BOB00001") == t
    assert [e.kind for e in svc.events(t.id)].count("claimed") == 1


def test_unknown_ticket_is_not_found(svc: TicketService) -> None:
    for call in (
        lambda: svc.get(999),
        lambda: svc.claim(999, "U0ALICE001"),
        lambda: svc.events(999),
        lambda: svc.comment(999, "U0ALICE001", "hi"),
        lambda: svc.set_message_ref(999, "C1", "1.2"),
    ):
        with pytest.raises(NotFound, match="#999"):
            call()


def test_comments_due_dates_priority_and_message_refs(svc: TicketService, clock: Clock) -> None:
    t = _new(svc)
    event = svc.comment(t.id, "U0REQ00001", "Only EMEA please")
    assert (event.kind, event.actor_id, event.detail) == (
        "commented", "U0REQ00001", {"text": "Only EMEA please"},
    )  # fmt: skip
    with pytest.raises(Forbidden):
        svc.comment(t.id, "U0OUTSIDER", "me too")
    with pytest.raises(UserFacingError):
        svc.comment(t.id, "U0ALICE001", "")
    new_due = DUE + timedelta(days=3)
    t = svc.set_due(t.id, "U0REQ00001", new_due)
    assert t.due_at == new_due
    assert svc.set_due(t.id, "U0ALICE001", new_due) == t
    t = svc.set_due(t.id, "U0ALICE001", None)
    assert t.due_at is None and not t.is_overdue(NOW + timedelta(days=99))
    t = svc.set_priority(t.id, "U0ALICE001", "urgent")
    assert t.priority == "urgent"
    t = svc.set_message_ref(t.id, "C0DATATEAM", "1763900000.000100", "https://x.slack.com/p1")
    assert (t.message_channel, t.message_ts, t.permalink) == (
        "C0DATATEAM", "1763900000.000100", "https://x.slack.com/p1",
    )  # fmt: skip
    kinds = [e.kind for e in svc.events(t.id)]
    assert kinds[-4:] == ["commented", "due_changed", "due_changed", "priority_changed"]
    due_event = svc.events(t.id)[-3]
    assert due_event.detail == {"from": DUE.isoformat(), "to": new_due.isoformat()}


def test_idempotency_key_returns_the_first_ticket(svc: TicketService, factory) -> None:
    first = _new(svc, idempotency_key="slack:C0SALES001:1763900000.0001")
    again = _new(svc, text="something else", idempotency_key="slack:C0SALES001:1763900000.0001")
    assert again == first
    assert _counts(factory)[0] == 1
    other = _new(svc, idempotency_key="slack:C0SALES001:1763900000.0002")
    assert other.id != first.id


def test_a_crash_between_steps_leaves_no_half_written_ticket(
    svc: TicketService, factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_a, **_kw) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(svc, "_write_event", boom)
    with pytest.raises(RuntimeError):
        _new(svc)  # the ticket row was inserted and flushed before the event write failed
    assert _counts(factory) == (0, 0)
    with factory() as s:  # and the rotation did not advance either
        from bot.tickets.models import RotationState

        assert s.scalar(select(func.count()).select_from(RotationState)) == 0
    monkeypatch.undo()
    t = _new(svc)
    assert t.owner_id == "U0ALICE001"  # the slot the crashed creation would have taken
    monkeypatch.setattr(svc, "_write_event", boom)
    with pytest.raises(RuntimeError):
        svc.claim(t.id, "U0BOB00001")
    with pytest.raises(RuntimeError):
        svc.close(t.id, "U0BOB00001", "done")
    assert svc.get(t.id).state == "assigned" and svc.get(t.id).claimed_by is None
    assert _counts(factory) == (1, 2)


def test_no_roster_means_unassigned_and_anyone_may_work(factory, clock: Clock) -> None:
    svc = TicketService(factory, clock=clock)
    assert svc.is_member("U0ANYONE01")
    t = _new(svc)
    assert (t.state, t.owner_id) == ("open", None)
    assert [e.kind for e in svc.events(t.id)] == ["created"]
    t = svc.claim(t.id, "U0ANYONE01")
    assert t.state == "in_progress"
    assert svc.close(t.id, "U0SOMEONE2", "done").state == "done"


def test_membership_follows_the_roster(svc: TicketService) -> None:
    assert svc.is_member("U0ALICE001") and svc.is_member("U0LEAD0001")
    assert not svc.is_member("U0REQ00001")


def test_list_tickets_filters(svc: TicketService, clock: Clock) -> None:
    a = _new(svc, text="a")  # Alice
    b = _new(svc, text="b")  # Bob
    c = _new(svc, text="c", due_at=NOW + timedelta(hours=1))  # Alice
    svc.claim(b.id, "U0BOB00001")
    svc.close(c.id, "U0ALICE001", "done")
    assert [t.id for t in svc.list_tickets()] == [a.id, b.id]
    assert [t.id for t in svc.list_tickets(owner_id="U0ALICE001")] == [a.id]
    assert [t.id for t in svc.list_tickets(states=["done"])] == [c.id]
    assert [t.id for t in svc.list_tickets(unclaimed_only=True)] == [a.id]
    assert [t.id for t in svc.list_tickets(requester_id="U0REQ00001", limit=1)] == [a.id]
    newest = svc.list_tickets(states=["assigned", "in_progress", "done"], newest_first=True)
    assert [t.id for t in newest] == [c.id, b.id, a.id]
    assert svc.list_tickets(due_before=NOW) == []
    assert [t.id for t in svc.list_tickets(due_before=DUE + timedelta(seconds=1))] == [a.id, b.id]


@pytest.mark.parametrize(
    ("text", "due", "priority"),
    [
        ("Need signups by region by Friday please", datetime(2026, 11, 27, 17, 0), "normal"),
        ("EOD tomorrow: refunds by product", datetime(2026, 11, 24, 17, 0), "normal"),
        ("churn for the board, before the board meeting on Dec 3", datetime(2026, 12, 3, 9, 0),
         "normal"),
        ("ASAP: refunds for order 1234", None, "high"),
    ],
)  # fmt: skip
def test_due_date_and_priority_come_from_the_text(
    svc: TicketService, text: str, due: datetime | None, priority: str
) -> None:
    t = svc.create_ticket(text, "U0REQ00001", "C1")
    if due is not None:
        assert t.due_at == due.replace(tzinfo=UTC)
    else:
        assert t.due_at == add_weekday_hours(NOW, 48, UTC_ZONE)  # the SLA
    assert t.priority == priority
    explicit = svc.create_ticket(text, "U0REQ00001", "C1", due_at=DUE, priority="low")
    assert (explicit.due_at, explicit.priority) == (DUE, "low")


def test_default_due_date_is_the_sla_in_weekday_hours(factory) -> None:
    friday = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    svc = TicketService(factory, clock=Clock(friday), sla_hours=48)
    t = svc.create_ticket("how many trials converted", "U0REQ00001", "C1")
    assert t.due_at == datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # Tuesday: the weekend skipped
    assert t.priority == "normal"


def test_add_weekday_hours() -> None:
    from zoneinfo import ZoneInfo

    utc = ZoneInfo("UTC")
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert add_weekday_hours(monday, 48, utc) == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    saturday = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    assert add_weekday_hours(saturday, 24, utc) == datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    la = ZoneInfo("America/Los_Angeles")
    friday_late = datetime(2026, 11, 27, 23, 0, tzinfo=la)  # local weekend, not the UTC one
    assert add_weekday_hours(friday_late, 2, la) == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_record_request_and_link(svc: TicketService, factory) -> None:
    answered = svc.record_request(
        "revenue last month", "U0REQ00001", "C1", status="matched", query="revenue", score=0.9,
        duration_ms=120.5,
    )  # fmt: skip
    unmatched = svc.record_request("churn cohorts", "U0REQ00001", "C1", status="unmatched")
    t = _new(svc)
    svc.link_request(answered, t.id)  # "this isn't what I asked for"
    with factory() as s:
        rows = {r.id: r for r in s.scalars(select(RequestLog))}
    assert rows[answered].ticket_id == t.id and rows[answered].answered is False
    assert rows[unmatched].answered is False and rows[answered].duration_ms == 120.5
    with pytest.raises(NotFound):
        svc.link_request(12345, t.id)


def test_a_process_killed_mid_operation_leaves_nothing(db_url: str, factory) -> None:
    import subprocess
    import sys
    import textwrap

    # The process dies for real (os._exit: no rollback, no cleanup) after the ticket row is
    # flushed inside the transaction and before its history is written.
    script = textwrap.dedent(
        f"""
        import os
        from datetime import UTC, datetime
        from bot.db.session import make_engine, make_session_factory
        from bot.tickets.service import TicketService

        svc = TicketService(make_session_factory(make_engine({db_url!r})))
        svc._write_event = lambda *a, **kw: os._exit(9)
        svc.create_ticket("killed", "U0REQ00001", "C1", due_at=datetime(2026, 12, 1, tzinfo=UTC))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], timeout=60, capture_output=True)
    assert done.returncode == 9, done.stderr.decode()[-500:]
    assert _counts(factory) == (0, 0)
    t = TicketService(factory, clock=lambda: NOW).create_ticket(
        "after the crash", "U0REQ00001", "C1", due_at=DUE
    )
    assert t.id is not None and _counts(factory) == (1, 1)


def test_the_closest_query_is_kept_only_above_a_sensible_score(svc: TicketService) -> None:
    from bot.tickets.service import SUGGESTION_MIN_SCORE

    # Today a ticket said "closest query: refunds_summary (0.00)": a guess nobody should see.
    weak = _new(svc, best_query="refunds_summary", best_score=0.0, best_params={"x": 1})
    assert (weak.best_query, weak.best_params, weak.best_score) == (None, None, 0.0)
    assert svc.get(weak.id).best_query is None
    edge = _new(svc, best_query="refunds_summary", best_score=SUGGESTION_MIN_SCORE)
    assert edge.best_query == "refunds_summary"
    close = _new(svc, best_query="revenue_by_region", best_score=0.41, best_params={"r": "EMEA"})
    assert (close.best_query, close.best_params) == ("revenue_by_region", {"r": "EMEA"})
    rejected = _new(svc, best_query="revenue_by_region", source="rejected")  # no score: kept
    assert rejected.best_query == "revenue_by_region"
