"""When a schedule is due: pure functions of the schedule and a time window, no clock inside.

A slot is the instant a schedule fires, in its own time zone (an aware datetime). Cron times
are computed by APScheduler's CronTrigger in the schedule's zone, so 09:00 stays 09:00 local
across daylight-saving changes; slots on weekends (when `working_days_only`) and on public
holidays of the configured country are dropped.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import holidays

from scheduler.config import ScheduleDef
from scheduler.cron import make_trigger

MAX_SLOTS = 10_000  # bound on one enumeration: a */1 cron over a week is ~10,000
# Every window is enumerated from this much earlier, so that what a slot is does not depend on
# where the window starts: the repeated hour of a DST end is recognised (its first copy is
# seen) and a time skipped by a DST start is found (it is only returned from before the gap).
DST_LOOKBACK = timedelta(hours=3)


@lru_cache(maxsize=256)
def _trigger(cron: str, timezone: str) -> Any:
    return make_trigger(cron, timezone)


@lru_cache(maxsize=64)
def _holiday_calendar(code: str, year: int) -> Any:
    country, _, subdiv = code.partition("-")
    return holidays.country_holidays(country, subdiv=subdiv or None, years=[year])


def holiday_name(code: str, day: date) -> str | None:
    """The public holiday on `day` in `code` (e.g. "US", "DE-BY"), or None."""
    if not code:
        return None
    return _holiday_calendar(code, day.year).get(day)


def is_working_day(schedule: ScheduleDef, day: date) -> bool:
    if schedule.working_days_only and day.weekday() >= 5:
        return False
    return holiday_name(schedule.holidays, day) is None


def due_slots(
    schedule: ScheduleDef, after: datetime, until: datetime, *, limit: int = MAX_SLOTS
) -> list[datetime]:
    """Slots of `schedule` in the window (after, until], oldest first, in the schedule's zone.

    Weekend and holiday slots are left out when the schedule says so. At most `limit` fire
    times are examined (a long outage with a minutely cron does not loop for ever).

    The scheduler asks minute by minute, so the answer must not depend on where a window
    starts: a wall-clock time that happens twice (DST end) is one slot, its first instant,
    even when the window holds only the second; a time that does not exist (DST start) is
    one slot, at the instant APScheduler gives it (02:30 read in the old offset), even when
    the window starts after the jump.
    """
    if after.tzinfo is None or until.tzinfo is None:
        raise ValueError("due_slots needs aware datetimes")
    trigger = _trigger(schedule.cron, schedule.timezone)
    out: list[datetime] = []
    zone = ZoneInfo(schedule.timezone)
    cursor = after
    if (after - DST_LOOKBACK).astimezone(zone).utcoffset() != until.astimezone(zone).utcoffset():
        cursor = after - DST_LOOKBACK  # only near an offset change (a */1 cron: 180 more steps)
    last_wall: datetime | None = None
    examined = 0
    # The look-back adds at most one fire time a minute (cron's finest step) to the limit.
    for _ in range(limit + int(DST_LOOKBACK.total_seconds() // 60) + 1):
        if examined >= limit:
            break
        nxt = _next_after(trigger, cursor)
        if nxt is None or nxt > until:
            break
        cursor = nxt
        examined += nxt > after
        wall = nxt.replace(tzinfo=None)
        # In the repeated hour of a DST end a wall-clock time happens twice; fire it once,
        # as cron does for fixed times.
        if wall == last_wall:
            continue
        last_wall = wall
        if nxt > after and is_working_day(schedule, nxt.date()):
            out.append(nxt)
    return out


def _next_after(trigger: Any, cursor: datetime) -> datetime | None:
    """The trigger's first fire time strictly after `cursor`.

    APScheduler 3.11 returns the same instant again when asked from inside the second
    (standard-time) copy of a repeated hour; probing minute by minute gets past it.
    """
    nxt = trigger.get_next_fire_time(None, cursor + timedelta(microseconds=1))
    for minutes in range(1, 181):
        if nxt is None or nxt > cursor:
            return nxt
        nxt = trigger.get_next_fire_time(None, cursor + timedelta(minutes=minutes))
    return None


def next_slot(schedule: ScheduleDef, after: datetime) -> datetime | None:
    """The first slot strictly after `after` (skipping weekends/holidays), within a year."""
    slots = due_slots(schedule, after, after + timedelta(days=366), limit=2_000)
    return slots[0] if slots else None


def local_date(moment: datetime, timezone: str) -> date:
    return moment.astimezone(ZoneInfo(timezone)).date()
