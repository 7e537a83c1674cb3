"""The daily standup: digest data and check-in answers, as plain dataclasses.

`build_digest` gathers, for one team and one local day, what each member closed since the
last digest, what they have in progress, what is due today or overdue, the new tickets nobody
owns, the queue's numbers and the check-in answers of the day. Rendering is elsewhere
(`bot.slack.rendering.digest`); nothing here imports Slack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import write_session
from bot.errors import UserFacingError
from bot.tickets.models import CLOSED_STATES, DONE, IN_PROGRESS, OPEN_STATES, WAITING, Ticket
from scheduler.models import CheckinAnswer

MAX_ANSWER = 1500


@dataclass(frozen=True)
class DigestTicket:
    id: int
    text: str
    state: str
    owner_id: str | None
    priority: str
    due_at: datetime | None
    created_at: datetime
    closed_at: datetime | None
    permalink: str | None


@dataclass(frozen=True)
class Checkin:
    user_id: str
    local_date: date
    yesterday: str
    today: str
    blockers: str
    answered_at: datetime

    @property
    def has_blockers(self) -> bool:
        return self.blockers.strip().lower() not in ("", "none", "no", "-", "n/a", "nothing")


@dataclass(frozen=True)
class MemberDigest:
    user_id: str
    name: str
    away: bool = False
    closed: list[DigestTicket] = field(default_factory=list)
    in_progress: list[DigestTicket] = field(default_factory=list)
    due_today: list[DigestTicket] = field(default_factory=list)
    overdue: list[DigestTicket] = field(default_factory=list)
    checkin: Checkin | None = None
    # Owned but not started (assigned by rotation or reassigned, reopened): the check-in lists
    # these under "today", so the digest must not call their owner idle.
    assigned: list[DigestTicket] = field(default_factory=list)

    @property
    def quiet(self) -> bool:
        return not (
            self.closed or self.in_progress or self.assigned or self.due_today or self.overdue
        )


@dataclass(frozen=True)
class QueueNumbers:
    open: int
    unassigned: int
    overdue: int
    created_yesterday: int
    closed_yesterday: int
    automation_rate: float | None  # answered by a query / all requests, over the stats window


@dataclass(frozen=True)
class Digest:
    team: str
    local_date: date
    timezone: str
    since: datetime
    generated_at: datetime
    members: list[MemberDigest]
    unassigned: list[DigestTicket]  # open tickets nobody owns, newest first
    new_unassigned: int  # how many of them arrived since the last digest
    numbers: QueueNumbers
    checkin_expected: bool = False  # a check-in ran today: members without answers are named

    @property
    def blockers(self) -> list[tuple[str, str]]:
        return [
            (m.user_id, m.checkin.blockers)
            for m in self.members
            if m.checkin is not None and m.checkin.has_blockers
        ]


def _ticket(t: Ticket) -> DigestTicket:
    return DigestTicket(
        t.id,
        t.text,
        t.state,
        t.owner_id,
        t.priority,
        t.due_at,
        t.created_at,
        t.closed_at,
        t.permalink,
    )


def local_day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) of the local day `day` in UTC (23 or 25 hours long on DST days)."""
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def build_digest(
    session_factory: sessionmaker[Session],
    *,
    now: datetime,
    since: datetime,
    timezone: str,
    roster: Any,  # bot.tickets.roster.RosterView
    automation_rate: float | None = None,
    checkin_expected: bool = False,
) -> Digest:
    """The digest for the local day of `now` in `timezone`; `since` = the last digest."""
    tz = ZoneInfo(timezone)
    today = now.astimezone(tz).date()
    day_start, day_end = local_day_bounds(today, tz)
    y_start, _ = local_day_bounds(today - timedelta(days=1), tz)
    with session_factory() as session:
        open_rows = [
            _ticket(t)
            for t in session.scalars(
                select(Ticket).where(Ticket.state.in_(OPEN_STATES)).order_by(Ticket.id)
            )
        ]
        closed_rows = [
            _ticket(t)
            for t in session.scalars(
                select(Ticket)
                .where(
                    Ticket.state.in_(CLOSED_STATES),
                    Ticket.closed_at > since,
                    Ticket.closed_at <= now,
                )
                .order_by(Ticket.closed_at)
            )
        ]
        created_yesterday = session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(Ticket.created_at >= y_start, Ticket.created_at < day_start)
        )
        closed_yesterday = session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(Ticket.closed_at >= y_start, Ticket.closed_at < day_start)
        )
        answers = {
            a.user_id: Checkin(
                a.user_id, a.local_date, a.yesterday, a.today, a.blockers, a.answered_at
            )
            for a in session.scalars(select(CheckinAnswer).where(CheckinAnswer.local_date == today))
        }

    members: list[MemberDigest] = []
    known: set[str] = set()
    roster_members = [m for m in getattr(roster, "members", []) if m.active]
    owners_outside = sorted(
        {t.owner_id for t in open_rows + closed_rows if t.owner_id}
        - {m.user_id for m in roster_members}
    )
    people: list[tuple[str, str, bool]] = [
        (m.user_id, m.name, m.is_away(today)) for m in roster_members
    ] + [(uid, "", False) for uid in owners_outside]
    for user_id, name, away in people:
        known.add(user_id)
        mine = [t for t in open_rows if t.owner_id == user_id]
        members.append(
            MemberDigest(
                user_id=user_id,
                name=name,
                away=away,
                closed=[t for t in closed_rows if t.owner_id == user_id and t.state == DONE],
                in_progress=[t for t in mine if t.state in (IN_PROGRESS, WAITING)],
                assigned=[t for t in mine if t.state not in (IN_PROGRESS, WAITING)],
                due_today=[t for t in mine if t.due_at is not None and now <= t.due_at < day_end],
                overdue=sorted(
                    (t for t in mine if t.due_at is not None and t.due_at < now),
                    key=lambda t: t.due_at or now,
                ),
                checkin=answers.get(user_id),
            )
        )
    unassigned = sorted(
        (t for t in open_rows if t.owner_id is None), key=lambda t: t.created_at, reverse=True
    )
    numbers = QueueNumbers(
        open=len(open_rows),
        unassigned=len(unassigned),
        overdue=sum(1 for t in open_rows if t.due_at is not None and t.due_at < now),
        created_yesterday=int(created_yesterday or 0),
        closed_yesterday=int(closed_yesterday or 0),
        automation_rate=automation_rate,
    )
    return Digest(
        team=getattr(roster, "team", None) or "data team",
        local_date=today,
        timezone=timezone,
        since=since,
        generated_at=now,
        members=members,
        unassigned=unassigned,
        new_unassigned=sum(1 for t in unassigned if t.created_at > since),
        numbers=numbers,
        checkin_expected=checkin_expected,
    )


# ---- check-in ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinPrefill:
    yesterday: str
    today: str


def checkin_prefill(
    session_factory: sessionmaker[Session], user_id: str, *, now: datetime, timezone: str
) -> CheckinPrefill:
    """What a member's check-in form starts with: their ticket activity."""
    tz = ZoneInfo(timezone)
    today = now.astimezone(tz).date()
    day_start, _ = local_day_bounds(today, tz)
    y_start = day_start - timedelta(days=3 if today.weekday() == 0 else 1)
    with session_factory() as session:
        closed = session.scalars(
            select(Ticket)
            .where(Ticket.owner_id == user_id, Ticket.closed_at >= y_start, Ticket.state == DONE)
            .order_by(Ticket.closed_at)
            .limit(5)
        ).all()
        doing = session.scalars(
            select(Ticket)
            .where(Ticket.owner_id == user_id, Ticket.state.in_(OPEN_STATES))
            .order_by(Ticket.due_at.is_(None), Ticket.due_at, Ticket.id)
            .limit(5)
        ).all()
    yesterday = "\n".join(f"Closed #{t.id}: {_short(t.text)}" for t in closed)
    today_text = "\n".join(f"#{t.id}: {_short(t.text)}" for t in doing)
    return CheckinPrefill(yesterday, today_text)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def save_checkin(
    session_factory: sessionmaker[Session],
    user_id: str,
    local_date: date,
    *,
    yesterday: str,
    today: str,
    blockers: str,
    now: Callable[[], datetime] | datetime,
) -> Checkin:
    """Store (or replace) a member's answers for `local_date`."""
    answered_at = now() if callable(now) else now
    values = {
        "yesterday": (yesterday or "").strip(),
        "today": (today or "").strip(),
        "blockers": (blockers or "").strip(),
    }
    for name, value in values.items():
        if len(value) > MAX_ANSWER:
            raise UserFacingError(f"“{name}” is too long: keep it under {MAX_ANSWER} characters.")
    if not values["today"] and not values["yesterday"]:
        raise UserFacingError("Say what you did yesterday or what you will do today.")
    for _ in range(2):
        try:
            with write_session(session_factory) as session:
                row = session.scalars(
                    select(CheckinAnswer).where(
                        CheckinAnswer.user_id == user_id, CheckinAnswer.local_date == local_date
                    )
                ).first()
                if row is None:
                    row = CheckinAnswer(
                        user_id=user_id, local_date=local_date, **values, answered_at=answered_at
                    )
                    session.add(row)
                else:
                    for k, v in values.items():
                        setattr(row, k, v)
                    row.answered_at = answered_at
            break
        except IntegrityError:  # the same person submitted twice at once: update the winner
            continue
    return Checkin(
        user_id, local_date, values["yesterday"], values["today"], values["blockers"], answered_at
    )


def answered_users(session_factory: sessionmaker[Session], local_date: date) -> set[str]:
    with session_factory() as session:
        return set(
            session.scalars(
                select(CheckinAnswer.user_id).where(CheckinAnswer.local_date == local_date)
            )
        )
