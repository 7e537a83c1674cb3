"""The numbers the team lives by, computed with SQL aggregates (never a loop over every ticket).

Open tickets per owner (with how many are overdue and the oldest), tickets created and closed
per week (weeks start on Monday, UTC), median time to first claim and to close, and the
automation rate (requests answered by a query / all requests, from `request_log`).
Medians use `percentile_cont` on PostgreSQL; on SQLite the middle row(s) are read with
ORDER BY ... LIMIT/OFFSET over the window's duration column only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Float, case, cast, func, literal, select
from sqlalchemy.orm import Session

from bot.tickets.models import DONE, OPEN_STATES, RequestLog, Ticket


@dataclass(frozen=True)
class OwnerLoad:
    owner_id: str | None  # None: nobody owns these (open, unassigned)
    open: int
    overdue: int
    oldest_created_at: datetime | None


@dataclass(frozen=True)
class WeekCount:
    week_start: date  # a Monday
    created: int
    closed: int


@dataclass(frozen=True)
class QueueStats:
    generated_at: datetime
    open_total: int
    open_by_state: dict[str, int]
    open_by_owner: list[OwnerLoad]  # most open first
    unclaimed: int
    overdue: int
    oldest_open_age: timedelta | None
    weekly: list[WeekCount]  # oldest week first; the last one is the current week
    window_start: datetime  # medians and the automation rate cover [window_start, generated_at]
    median_to_first_claim: timedelta | None
    median_to_close: timedelta | None
    requests_total: int
    requests_answered: int

    @property
    def automation_rate(self) -> float | None:
        if not self.requests_total:
            return None
        return self.requests_answered / self.requests_total


def _week_start(at: datetime) -> datetime:
    day = at.astimezone(UTC).date()
    monday = day - timedelta(days=day.weekday())
    return datetime(monday.year, monday.month, monday.day, tzinfo=UTC)


def _seconds_between(session: Session, later: Any, earlier: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _unindexed(session: Session, column: Any) -> Any:
    # SQLite's planner would pick the (state, owner) index for "state = ?" and read a third
    # of the table; `state || ''` keeps it on the covering closed_at index.
    if session.get_bind().dialect.name == "sqlite":
        return column.op("||")(literal(""))
    return column


def _median_seconds(session: Session, expr: Any, *conditions: Any) -> float | None:
    if session.get_bind().dialect.name == "postgresql":
        value = session.scalar(
            select(func.percentile_cont(0.5).within_group(expr)).where(*conditions)
        )
        return float(value) if value is not None else None
    count = session.scalar(select(func.count()).select_from(Ticket).where(*conditions)) or 0
    if count == 0:
        return None
    durations = select(cast(expr, Float).label("d")).where(*conditions).order_by("d")
    middle = list(session.scalars(durations.limit(2 - count % 2).offset((count - 1) // 2)))
    return sum(middle) / len(middle)


def compute_stats(session: Session, now: datetime, *, weeks: int = 8) -> QueueStats:
    """Queue numbers at `now` over the last `weeks` weeks (the current week included)."""
    weeks = max(1, weeks)
    starts = [_week_start(now) - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    bounds = [*starts, starts[-1] + timedelta(weeks=1)]
    window_start = starts[0]

    overdue_expr = case((Ticket.due_at < now, 1), else_=0)
    unclaimed_expr = case((Ticket.claimed_by.is_(None), 1), else_=0)
    rows = session.execute(
        select(
            Ticket.owner_id,
            Ticket.state,
            func.count(),
            func.sum(overdue_expr),
            func.sum(unclaimed_expr),
            func.min(Ticket.created_at),
        )
        .where(Ticket.state.in_(OPEN_STATES))
        .group_by(Ticket.owner_id, Ticket.state)
    ).all()
    by_state: dict[str, int] = {}
    owners: dict[str | None, list[Any]] = {}
    unclaimed = overdue = 0
    oldest: datetime | None = None
    for owner_id, state, count, n_overdue, n_unclaimed, first in rows:
        by_state[state] = by_state.get(state, 0) + count
        unclaimed += int(n_unclaimed or 0)
        overdue += int(n_overdue or 0)
        first = _as_utc(first)
        entry = owners.setdefault(owner_id, [0, 0, None])
        entry[0] += count
        entry[1] += int(n_overdue or 0)
        if first is not None and (entry[2] is None or first < entry[2]):
            entry[2] = first
        if first is not None and (oldest is None or first < oldest):
            oldest = first
    open_by_owner = sorted(
        (OwnerLoad(k, v[0], v[1], v[2]) for k, v in owners.items()),
        key=lambda o: (-o.open, o.owner_id or ""),
    )

    # One index range count per week and column, all in one statement: each is a count over a
    # covering index, far cheaper than bucketing every row of the window.
    pairs = list(zip(bounds, bounds[1:], strict=False))
    counts = [
        select(func.count()).select_from(Ticket).where(column >= lo, column < hi).scalar_subquery()
        for column in (Ticket.created_at, Ticket.closed_at)  # closed_at: set while closed
        for lo, hi in pairs
    ]
    row = [int(v or 0) for v in session.execute(select(*counts)).one()]
    created, closed = row[: len(pairs)], row[len(pairs) :]
    weekly = [WeekCount(s.date(), c, d) for s, c, d in zip(starts, created, closed, strict=True)]

    to_claim = _median_seconds(
        session,
        _seconds_between(session, Ticket.first_claimed_at, Ticket.created_at),
        Ticket.created_at >= window_start,
        Ticket.first_claimed_at.is_not(None),
    )
    to_close = _median_seconds(
        session,
        _seconds_between(session, Ticket.closed_at, Ticket.created_at),
        Ticket.closed_at >= window_start,
        _unindexed(session, Ticket.state) == DONE,
    )

    total, answered = session.execute(
        select(func.count(), func.coalesce(func.sum(case((RequestLog.answered, 1), else_=0)), 0))
        .select_from(RequestLog)
        .where(RequestLog.created_at >= window_start)
    ).one()

    return QueueStats(
        generated_at=now,
        open_total=sum(by_state.values()),
        open_by_state=by_state,
        open_by_owner=open_by_owner,
        unclaimed=unclaimed,
        overdue=overdue,
        oldest_open_age=(now - oldest) if oldest is not None else None,
        weekly=weekly,
        window_start=window_start,
        median_to_first_claim=_whole_seconds(to_claim),
        median_to_close=_whole_seconds(to_close),
        requests_total=int(total or 0),
        requests_answered=int(answered or 0),
    )


def _whole_seconds(seconds: float | None) -> timedelta | None:
    # SQLite's julianday() arithmetic is off by microseconds; nobody needs them here.
    return timedelta(seconds=round(seconds)) if seconds is not None else None


def _as_utc(value: datetime | str | None) -> datetime | None:
    # Aggregates (min) bypass the column type on SQLite and come back as text.
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


__all__ = ["OwnerLoad", "QueueStats", "WeekCount", "compute_stats"]
