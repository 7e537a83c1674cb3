"""Slots a tick left unfinished: which of them to run again, and which to give up on.

A slot row stays `claimed` when the process running it died, and `retry` when Slack refused
a message. A later tick reads them (`stale_posts`) and judges each (`verdict`): a slot whose
schedule is gone, that a later slot superseded, that used its attempts or that is now too
late is closed with the reason; the others are run again (`Scheduler` reclaims and runs them).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from scheduler.config import ScheduleDef
from scheduler.delivery import owner_gone
from scheduler.models import CLAIMED, FAILED, RETRY, SKIPPED, ScheduledPost

ON_TIME = timedelta(seconds=90)  # a tick this late is still "on time" (ticks run every minute)
STALE_ROWS = 200  # at most this many are looked at per tick
GAVE_UP = "gave up after the last attempt"
TOO_LATE = "too late to retry"


def stale_posts(
    session_factory: sessionmaker[Session], now: datetime, lease: timedelta
) -> list[Any]:
    """The `claimed` and `retry` rows whose lease has passed, or whose owner of this host is
    gone (a killed process's slot is run again at once, not after the lease), oldest first."""
    cutoff = now - lease
    with session_factory() as session:
        rows = session.execute(
            select(
                ScheduledPost.id,
                ScheduledPost.schedule_id,
                ScheduledPost.slot_at,
                ScheduledPost.status,
                ScheduledPost.claimed_at,
                ScheduledPost.attempts,
                ScheduledPost.claimed_by,
            )
            .where(
                ScheduledPost.status.in_((CLAIMED, RETRY)),
                (ScheduledPost.claimed_at < cutoff) | (ScheduledPost.status == CLAIMED),
            )
            .order_by(ScheduledPost.slot_at)
            .limit(STALE_ROWS)
        ).all()
    return [r for r in rows if r.claimed_at < cutoff or owner_gone(r.status, r.claimed_by)]


def newest_slots(
    session_factory: sessionmaker[Session], schedule_ids: set[str]
) -> dict[str, datetime]:
    """Per schedule, its newest slot that was run (not skipped, not run by hand)."""
    if not schedule_ids:
        return {}
    with session_factory() as session:
        rows = session.execute(
            select(ScheduledPost.schedule_id, func.max(ScheduledPost.slot_at))
            .where(
                ScheduledPost.schedule_id.in_(schedule_ids),
                ScheduledPost.manual.is_(False),
                ScheduledPost.status != SKIPPED,
            )
            .group_by(ScheduledPost.schedule_id)
        ).all()
    return {schedule_id: slot for schedule_id, slot in rows if slot is not None}


def verdict(
    schedule: ScheduleDef | None,
    slot_at: datetime,
    attempts: int,
    *,
    newest: datetime | None,
    now: datetime,
    lease: timedelta,
    max_attempts: int,
) -> tuple[str, str] | None:
    """(status, reason) to close a stale slot with, or None when it is to be run again."""
    if schedule is None:
        return FAILED, "the schedule no longer exists"
    if newest is not None and slot_at < newest:
        # A later slot has run: posting this one now would put a stale digest or report
        # after a newer one (what it had to say, the newer one said).
        return SKIPPED, "superseded by a later slot"
    if attempts >= max_attempts:
        return FAILED, GAVE_UP
    if now - slot_at > max(schedule.grace, ON_TIME) + lease * attempts:
        return SKIPPED, TOO_LATE
    return None
