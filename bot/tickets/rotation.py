"""Who gets a new ticket: routing to a sub-team, then round-robin or least-loaded rotation.

The choice is made inside the ticket-creating transaction, with the pool's `rotation_state` row
locked (`SELECT ... FOR UPDATE` on PostgreSQL; SQLite's BEGIN IMMEDIATE already serializes
writers), so concurrent creations take consecutive slots and the order survives restarts.

Round-robin keeps the roster position of the last member assigned; the next ticket goes to the
first eligible member after that position, wrapping around. A member who is out of office or
has opted out is passed over for that ticket only: when back, their slot comes round as usual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, exists, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.tickets.models import (
    OPEN_STATES,
    MemberAbsence,
    RosterMember,
    RotationState,
    RoutingRule,
    TeamConfig,
    Ticket,
)

ROUND_ROBIN = "round_robin"
LEAST_LOADED = "least_loaded"
POLICIES = (ROUND_ROBIN, LEAST_LOADED)
GENERAL_POOL = "*"


@dataclass(frozen=True)
class Candidate:
    user_id: str
    position: int
    open_tickets: int = 0


@dataclass(frozen=True)
class Assignment:
    owner_id: str | None  # None: nobody eligible; the ticket stays open for anyone to claim
    subteam: str | None  # the sub-team a routing rule chose, if any
    pool: str
    policy: str


def pick_round_robin(candidates: Sequence[Candidate], last_position: int) -> Candidate | None:
    """The first candidate after `last_position` in roster order, wrapping around."""
    if not candidates:
        return None
    ordered = sorted(candidates, key=lambda c: c.position)
    for cand in ordered:
        if cand.position > last_position:
            return cand
    return ordered[0]


def pick_least_loaded(candidates: Sequence[Candidate], last_position: int) -> Candidate | None:
    """The candidate with the fewest open tickets; ties go by round-robin order."""
    if not candidates:
        return None
    fewest = min(c.open_tickets for c in candidates)
    return pick_round_robin([c for c in candidates if c.open_tickets == fewest], last_position)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def route(text: str, channel_id: str | None, rules: Sequence[RoutingRule]) -> str | None:
    """The sub-team of the first rule that matches (a keyword in the text, or the channel)."""
    words = _words(text)
    lowered = text.lower()
    for rule in sorted(rules, key=lambda r: r.position):
        if rule.channel_id and channel_id and rule.channel_id == channel_id:
            return rule.subteam
        for keyword in rule.keywords or ():
            kw = keyword.lower().strip()
            # Multi-word keywords match as a phrase; single words match whole words only.
            if (" " in kw and kw in lowered) or kw in words:
                return rule.subteam
    return None


def _lock_pool(session: Session, pool: str, now: datetime) -> RotationState:
    locked = (
        select(RotationState)
        .where(RotationState.pool == pool)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    state = session.execute(locked).scalar_one_or_none()
    if state is not None:
        return state
    # First ticket of this pool: create its row; a concurrent creator may win that race.
    table = RotationState.__table__
    values = {"pool": pool, "last_position": -1, "assigned_count": 0, "updated_at": now}
    if session.get_bind().dialect.name == "postgresql":
        session.execute(pg_insert(table).values(**values).on_conflict_do_nothing())
    else:
        session.execute(sqlite_insert(table).values(**values).on_conflict_do_nothing())
    return session.execute(locked).scalar_one()


def _candidates(
    session: Session, subteam: str | None, today: date, with_load: bool
) -> list[Candidate]:
    away = exists().where(
        and_(
            MemberAbsence.user_id == RosterMember.user_id,
            MemberAbsence.starts_on <= today,
            MemberAbsence.ends_on >= today,
        )
    )
    cols = [RosterMember.user_id, RosterMember.position]
    stmt = select(*cols).where(
        RosterMember.active.is_(True),
        RosterMember.in_rotation.is_(True),
        RosterMember.opted_out.is_(False),
        ~away,
    )
    if subteam is not None:
        stmt = stmt.where(RosterMember.subteam == subteam)
    rows = session.execute(stmt).all()
    loads: dict[str, int] = {}
    if with_load and rows:
        loads = dict(
            session.execute(
                select(Ticket.owner_id, func.count())
                .where(
                    Ticket.state.in_(OPEN_STATES),
                    Ticket.owner_id.in_([r.user_id for r in rows]),
                )
                .group_by(Ticket.owner_id)
            ).all()
        )
    return [Candidate(r.user_id, r.position, loads.get(r.user_id, 0)) for r in rows]


def assign_owner(
    session: Session, *, text: str, channel_id: str | None, today: date, now: datetime
) -> Assignment:
    """Choose the owner of a new ticket and advance the rotation, inside the caller's transaction.

    A routed sub-team with nobody available falls back to the whole team; with no roster (or
    everyone away) the ticket gets no owner.
    """
    team = session.get(TeamConfig, 1)
    policy = team.rotation if team is not None else ROUND_ROBIN
    if team is None:
        return Assignment(None, None, GENERAL_POOL, policy)
    rules = list(session.scalars(select(RoutingRule)))
    subteam = route(text, channel_id, rules)
    pools = [(f"sub:{subteam}", subteam)] if subteam else []
    pools.append((GENERAL_POOL, None))
    pick = pick_least_loaded if policy == LEAST_LOADED else pick_round_robin
    for pool, pool_subteam in pools:
        state = _lock_pool(session, pool, now)
        chosen = pick(
            _candidates(session, pool_subteam, today, policy == LEAST_LOADED), state.last_position
        )
        if chosen is None:
            continue
        state.last_position = chosen.position
        state.last_user_id = chosen.user_id
        state.assigned_count += 1
        state.updated_at = now
        session.flush()
        return Assignment(chosen.user_id, subteam, pool, policy)
    return Assignment(None, subteam, GENERAL_POOL, policy)
