"""Crontab lines as APScheduler triggers.

Crontab day-of-week numbers follow cron (0 and 7 are Sunday, 1 is Monday). APScheduler 3
counts from Monday = 0 (its issue #286), so numbers are rewritten to day names before the
trigger is built; names (`mon-fri`) mean the same in both.
"""

from __future__ import annotations

from apscheduler.triggers.cron import CronTrigger

_DOW_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def _dow_token(token: str) -> int:
    token = token.strip().lower()
    if token.isdigit():
        n = int(token)
        if not 0 <= n <= 7:
            raise ValueError(f"day of week {n} is out of range 0-7")
        return n % 7
    if token[:3] in _DOW_NAMES and len(token) == 3:
        return _DOW_NAMES.index(token)
    raise ValueError(f"unknown day of week {token!r}")


def _crontab_days(field_text: str) -> str:
    """A crontab day-of-week field (0/7 = Sunday) -> APScheduler day names."""
    if field_text.strip() in ("*", "?"):
        return "*"
    days: set[int] = set()
    for part in field_text.split(","):
        rng, _, step_text = part.partition("/")
        step = int(step_text) if step_text else 1
        if step < 1:
            raise ValueError(f"bad step in {part!r}")
        if rng == "*":
            lo, hi = 0, 6
        elif "-" in rng:
            a, b = rng.split("-", 1)
            lo, hi = _dow_token(a), _dow_token(b)
            if b.strip() == "7":
                hi = 7
            if hi < lo:
                raise ValueError(f"day-of-week range {rng!r} runs backwards")
        else:
            lo = hi = _dow_token(rng)
        days.update(d % 7 for d in range(lo, hi + 1, step))
    # APScheduler's own order (mon..sun) keeps the expression readable in logs.
    order = [1, 2, 3, 4, 5, 6, 0]
    return ",".join(_DOW_NAMES[d] for d in order if d in days)


def make_trigger(cron: str, timezone: str) -> CronTrigger:
    """Build APScheduler's CronTrigger for a crontab line; raises ValueError with the reason."""

    values = str(cron).split()
    if len(values) != 5:
        raise ValueError(
            f"cron needs 5 fields (minute hour day month day-of-week), got {len(values)}"
        )
    return CronTrigger(
        minute=values[0],
        hour=values[1],
        day=values[2],
        month=values[3],
        day_of_week=_crontab_days(values[4]),
        timezone=timezone,
    )
