"""Queue numbers on SQLite and PostgreSQL with a controlled clock, and the tickets CLI."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from support import Clock

from bot.cli import db_cmds, main
from bot.db.session import make_engine, make_session_factory
from bot.tickets.roster import parse_roster, seed_roster
from bot.tickets.service import TicketService
from bot.tickets.stats import OwnerLoad, WeekCount

A, B = "U0ALICE001", "U0BOB00001"
ROSTER = f"members:\n  - {{id: {A}, name: Alice}}\n  - {{id: {B}, name: Bob}}\n"
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # Monday
FAR = datetime(2026, 12, 18, 17, 0, tzinfo=UTC)


def at(day: int, hour: int = 10, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def _build_history(factory) -> TicketService:
    seed_roster(factory, parse_roster(ROSTER, "roster.yaml"), now=at(1, 0))
    clock = Clock(at(1))
    svc = TicketService(factory, clock=clock)

    def new(when: datetime, due: datetime = FAR) -> int:
        clock.now = when
        return svc.create_ticket("req", "U0REQ00001", "C1", due_at=due, priority="normal").id

    def act(when: datetime, fn, *args) -> None:
        clock.now = when
        fn(*args)

    t5 = new(at(1))  # A; before the window
    t1 = new(at(10))  # B
    t2 = new(at(17))  # A
    new(at(18), due=at(19))  # B, never claimed: overdue
    t6 = new(at(20))  # A
    t4 = new(at(23, 9))  # B
    act(at(3), svc.claim, t5, A)
    act(at(16), svc.close, t5, A, "done")  # 15 days to close
    act(at(10, 11), svc.claim, t1, B)  # 1h to claim
    act(at(10, 15), svc.close, t1, B, "done")  # 5h to close
    act(at(17, 13), svc.claim, t2, A)  # 3h to claim
    act(at(20, 10) + timedelta(minutes=30), svc.claim, t6, A)  # 30m to claim
    act(at(21), svc.close, t6, A, "done")  # 1 day to close
    act(at(23, 10), svc.cancel, t4, "U0REQ00001")
    for when, status in (
        (at(1), "matched"),  # before the window
        (at(12), "matched"),
        (at(18), "matched"),
        (at(19), "unmatched"),
        (at(22), "matched"),
    ):
        clock.now = when
        svc.record_request("q", "U0REQ00001", "C1", status=status)
    return svc


def test_stats_numbers(factory) -> None:
    svc = _build_history(factory)
    s = svc.stats(now=NOW, weeks=3)
    assert s.generated_at == NOW and s.window_start == at(9, 0)
    assert (s.open_total, s.unclaimed, s.overdue) == (2, 1, 1)
    assert s.open_by_state == {"in_progress": 1, "assigned": 1}
    assert s.open_by_owner == [OwnerLoad(A, 1, 0, at(17)), OwnerLoad(B, 1, 1, at(18))]
    assert s.oldest_open_age == NOW - at(17)
    assert s.weekly == [
        WeekCount(date(2026, 11, 9), 1, 1),
        WeekCount(date(2026, 11, 16), 3, 2),
        WeekCount(date(2026, 11, 23), 1, 1),
    ]
    assert s.median_to_first_claim == timedelta(hours=1)  # 30m, 1h, 3h
    assert s.median_to_close == timedelta(days=1)  # 5h, 1d, 15d
    assert (s.requests_total, s.requests_answered, s.automation_rate) == (4, 3, 0.75)
    two_weeks = svc.stats(now=NOW, weeks=2)  # even counts: the mean of the middle two
    assert two_weeks.median_to_first_claim == timedelta(hours=1, minutes=45)  # 30m, 3h
    assert two_weeks.median_to_close == timedelta(days=8)  # 1d, 15d


def test_stats_on_an_empty_queue(factory) -> None:
    s = TicketService(factory, clock=lambda: NOW).stats()
    assert (s.open_total, s.overdue, s.unclaimed, s.open_by_owner) == (0, 0, 0, [])
    assert s.oldest_open_age is s.median_to_close is s.median_to_first_claim is None
    assert s.automation_rate is None and len(s.weekly) == 8
    assert all(w.created == w.closed == 0 for w in s.weekly)


def test_tickets_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    monkeypatch.setattr(db_cmds, "clock", Clock(NOW))
    monkeypatch.setenv("DATABASE_URL", url)
    roster = tmp_path / "roster.yaml"
    roster.write_text(ROSTER)
    monkeypatch.setenv("ROSTER_FILE", str(roster))
    monkeypatch.chdir(tmp_path)
    assert main(["db", "upgrade"]) == 0
    assert "Database at revision" in capsys.readouterr().out
    assert main(["tickets", "list"]) == 0  # seeds the roster from ROSTER_FILE
    assert capsys.readouterr().out.strip() == "No tickets."
    engine = make_engine(url)
    svc = TicketService(make_session_factory(engine), clock=Clock(NOW))
    first = svc.create_ticket("churn by plan", "U0REQ00001", "C1", due_at=FAR)
    second = svc.create_ticket("refunds by reason", "U0REQ00001", "C1", due_at=FAR)
    engine.dispose()
    assert (first.owner_id, second.owner_id) == (A, B)
    assert main(["tickets", "list", "--mine", B]) == 0
    out = capsys.readouterr().out
    assert "refunds by reason" in out and "churn by plan" not in out
    assert main(["tickets", "claim", str(first.id), "--as", B]) == 0
    assert main(["tickets", "claim", str(first.id), "--as", A]) == 1
    captured = capsys.readouterr()
    # The CLI prints names, not Slack markup (issue 12; was `Already claimed by <@{B}>`).
    assert "Already claimed by Bob" in captured.err and "<@" not in captured.err
    assert main(["tickets", "claim", str(second.id), "--as", "U0STRANGER"]) == 1
    assert "Only members of the data team" in capsys.readouterr().err
    sql = tmp_path / "answer.sql"
    sql.write_text("select plan, count(*) from churn group by plan\n")
    args = ["tickets", "close", str(first.id), "--as", B, "--resolution", "Posted in thread"]
    assert main([*args, "--sql", str(sql)]) == 0
    assert main(args) == 1
    assert "already done" in capsys.readouterr().err
    assert main(["tickets", "show", str(first.id)]) == 0
    out = capsys.readouterr().out
    assert "Ticket #1: done" in out and "select plan, count(*)" in out
    assert "claimed" in out and "closed" in out and "Posted in thread" in out
    assert main(["tickets", "list", "--state", "done,cancelled"]) == 0
    assert "churn by plan" in capsys.readouterr().out
    assert main(["tickets", "list", "--state", "finished"]) == 1
    assert main(["tickets", "show", "99"]) == 1
    assert "Ticket #99 does not exist" in capsys.readouterr().err
    assert main(["tickets", "release", str(second.id), "--as", B]) == 1
    assert main(["tickets", "stats"]) == 0
    out = capsys.readouterr().out
    assert "Open tickets: 1 (1 unclaimed, 0 overdue)" in out and B in out
