"""The phrases of a deadline ("EOD tomorrow", "by Friday", "within 3 working days", "by the
15th") and how each becomes a moment, in working hours of the workspace's time zone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.language.dates import MONTH_NUMBERS, WEEKDAY_NUMBERS, monday_of
from bot.language.numwords import CARDINAL_PATTERN, words_to_number

DAY_START = time(9, 0)
DAY_END = time(17, 0)
NOON = time(12, 0)


@dataclass(frozen=True)
class Clock:
    at: datetime  # aware, local
    zone: ZoneInfo

    @property
    def today(self) -> date:
        return self.at.date()

    def on(self, d: date, t: time) -> datetime:
        return datetime.combine(d, t, tzinfo=self.zone)


def _is_working_day(d: date) -> bool:
    return d.weekday() < 5


def _next_working_day(d: date) -> date:
    d += timedelta(days=1)
    while not _is_working_day(d):
        d += timedelta(days=1)
    return d


def _add_working_days(d: date, n: int) -> date:
    for _ in range(n):
        d = _next_working_day(d)
    return d


def _last_working_day(d: date) -> date:
    while not _is_working_day(d):
        d -= timedelta(days=1)
    return d


def _unit_last_day(unit: str, d: date) -> date:
    """Last calendar day of the month/quarter/year containing d."""
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    end_month = ((d.month - 1) // months + 1) * months
    y, m = (d.year + 1, 1) if end_month == 12 else (d.year, end_month + 1)
    return date(y, m, 1) - timedelta(days=1)


# ---------------------------------------------------------------- patterns

_MON = r"(?:" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\b\.?"
WEEKDAY_PATTERN = r"(?:" + "|".join(WEEKDAY_NUMBERS) + r")\b"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:20\d\d)(?!\d)"
DATE_PATTERN = (
    rf"(?:(?P<iso>\d{{4}}-\d{{1,2}}-\d{{1,2}})\b"
    rf"|(?P<um>\d{{1,2}})/(?P<ud>\d{{1,2}})(?:/(?P<uy>\d{{4}}|\d{{2}}))?\b(?![/.-]\d)"
    rf"|(?:{WEEKDAY_PATTERN},?\s+)?(?P<mon>{_MON})\s*(?:the\s+)?(?P<day>{_DAY})(?:,?\s*(?P<year>{_YEAR}))?"
    rf"|(?:{WEEKDAY_PATTERN},?\s+)?(?:the\s+)?(?P<day2>{_DAY})(?:\s+of)?\s+(?P<mon2>{_MON})"
    rf"(?:,?\s*(?P<year2>{_YEAR}))?)"
)
TIME_OF_DAY_PATTERN = (
    r"(?:\s+(?:in\s+the\s+|at\s+|by\s+)?(?P<tod>morning|noon|midday|lunch(?:time)?|afternoon|evening"
    r"|eod|cob|end\s+of\s+(?:the\s+)?day|close\s+of\s+business)\b"
    r"|\s+(?:at\s+|by\s+)?(?P<clock>\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}\b))?"
)
TRIGGER_PATTERN = (
    r"(?P<trig>by|before|due(?:\s+(?:on|by))?|until|till|no\s+later\s+than|deadline(?:\s+is)?:?"
    r"|for|on|ahead\s+of|in\s+time\s+for|need(?:ed)?\s+(?:it|this|them)(?:\s+(?:by|on))?)"
)
# Weekdays take fewer triggers: "on Monday" and "for Monday" as often name a past day.
WEEKDAY_TRIGGER_PATTERN = (
    r"(?P<trig>by|before|due(?:\s+(?:on|by))?|until|till|no\s+later\s+than|deadline(?:\s+is)?:?"
    r"|ahead\s+of|in\s+time\s+for|need(?:ed)?\s+(?:it|this|them)(?:\s+by)?)"
)
COUNT_PATTERN = rf"(?P<n>\d{{1,3}}|couple(?:\s+of)?|{CARDINAL_PATTERN})"

_I = re.IGNORECASE
_CLOCK_RE = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?", _I)


def _tod(m: re.Match[str], default: time) -> time | None:
    tod = (m.groupdict().get("tod") or "").lower()
    clock = m.groupdict().get("clock")
    if clock:
        c = _CLOCK_RE.fullmatch(clock.strip())
        if c is None:
            return None
        hour, minute = int(c.group(1)), int(c.group(2) or 0)
        ampm = (c.group(3) or "").lower()
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        if hour > 23 or minute > 59:
            return None
        return time(hour, minute)
    if tod == "morning":
        return DAY_START
    if tod in ("noon", "midday", "lunch", "lunchtime"):
        return NOON
    if tod:
        return DAY_END
    return default


def _default_time(m: re.Match[str]) -> time:
    trig = (m.groupdict().get("trig") or "").lower()
    return DAY_START if trig == "before" or trig.startswith("ahead") else DAY_END


def _date_of(m: re.Match[str], now: Clock, roll: bool) -> date | None:
    """The date named in a DATE_PATTERN match; a year-less one is the next such date from today on
    (`roll`), or only this year's when it has not passed (otherwise None)."""
    if m.group("iso"):
        y, mo, d = (int(x) for x in m.group("iso").split("-"))
        try:
            return date(y, mo, d)
        except ValueError:
            return None
    if m.group("um"):  # US month/day[/year], as the team writes it
        mon, day = int(m.group("um")), int(m.group("ud"))
        year_raw = m.group("uy")
        if year_raw and len(year_raw) == 2:
            year_raw = f"20{year_raw}"
        if not 1 <= mon <= 12:
            return None
    else:
        year_raw = m.group("year") or m.group("year2")
        mon = MONTH_NUMBERS[(m.group("mon") or m.group("mon2")).lower().rstrip(".")]
        day = int(re.match(r"\d+", m.group("day") or m.group("day2")).group())  # type: ignore[union-attr]
    years = (
        [int(year_raw)] if year_raw else [now.today.year, now.today.year + 1, now.today.year + 4]
    )
    for y in years:
        try:
            d = date(y, mon, day)
        except ValueError:
            continue
        if year_raw or d >= now.today:
            return d
        if not roll:
            return None
    return None


def _after_now(now: Clock, d: date, t: time, step: timedelta) -> datetime:
    due = now.on(d, t)
    while due <= now.at:
        d += step
        due = now.on(d, t)
    return due


def rule_eod(m: re.Match[str], now: Clock) -> datetime | None:
    when = (m.group("when") or "").lower()
    t = _tod(m, DAY_END) or DAY_END
    if when == "tomorrow":
        return now.on(now.today + timedelta(days=1), t)
    if when and when != "today":
        return _weekday(now, WEEKDAY_NUMBERS[when.split()[-1]], t, nxt=False)
    d = now.today
    if not _is_working_day(d) or now.at >= now.on(d, t):
        d = _next_working_day(d)
    return now.on(d, t)


def rule_tomorrow(m: re.Match[str], now: Clock) -> datetime | None:
    t = _tod(m, _default_time(m))
    if t is None:
        return None
    days = 2 if m.group("after") else 1
    return now.on(now.today + timedelta(days=days), t)


def rule_today(m: re.Match[str], now: Clock) -> datetime | None:
    t = _tod(m, _default_time(m))
    if t is None:
        return None
    d = now.today
    if now.at >= now.on(d, t):
        d = _next_working_day(d)
    return now.on(d, t)


def _weekday(now: Clock, wd: int, t: time, nxt: bool) -> datetime:
    if nxt:  # "next Tuesday": the Tuesday of next week (weeks start Monday)
        return now.on(monday_of(now.today) + timedelta(days=7 + wd), t)
    d = now.today + timedelta(days=(wd - now.today.weekday()) % 7)
    return _after_now(now, d, t, timedelta(days=7))


def rule_weekday(m: re.Match[str], now: Clock) -> datetime | None:
    t = _tod(m, _default_time(m))
    if t is None:
        return None
    which = (m.group("which") or "").lower()
    return _weekday(now, WEEKDAY_NUMBERS[m.group("wd").lower()], t, nxt=which == "next")


def rule_date(m: re.Match[str], now: Clock) -> datetime | None:
    trig = (m.group("trig") or "").lower()
    d = _date_of(m, now, roll=trig not in ("for", "on"))
    t = _tod(m, _default_time(m))
    if d is None or t is None:
        return None
    return now.on(d, t)


def rule_before_event(m: re.Match[str], now: Clock) -> datetime | None:
    """ "before the board meeting on Dec 3": the start of that day's working hours."""
    if m.group("wd"):
        return _weekday(now, WEEKDAY_NUMBERS[m.group("wd").lower()], DAY_START, nxt=False)
    d = _date_of(m, now, roll=True)
    return now.on(d, DAY_START) if d else None


def rule_end_of_week(m: re.Match[str], now: Clock) -> datetime | None:
    friday = monday_of(now.today) + timedelta(days=4)
    if m.group("next"):
        return now.on(friday + timedelta(days=7), DAY_END)
    return _after_now(now, friday, DAY_END, timedelta(days=7))


def rule_end_of_unit(m: re.Match[str], now: Clock) -> datetime | None:
    raw = (m.group("unit") or m.group("abbr")).lower()
    unit = {"eom": "month", "eoq": "quarter", "eoy": "year"}.get(raw, raw)
    return end_of(unit, now, nxt=bool(m.group("next")))


def end_of(unit: str, now: Clock, nxt: bool) -> datetime:
    """The last working day of the month/quarter/year at 17:00 (the next one once passed)."""
    unit = unit.lower()
    last = _unit_last_day(unit, now.today)
    if nxt:
        last = _unit_last_day(unit, last + timedelta(days=1))
    due = now.on(_last_working_day(last), DAY_END)
    if due <= now.at:
        due = now.on(_last_working_day(_unit_last_day(unit, last + timedelta(days=1))), DAY_END)
    return due


def rule_next_week(m: re.Match[str], now: Clock) -> datetime | None:
    monday = monday_of(now.today) + timedelta(days=7)
    if (m.group("trig") or "").lower() in ("by", "before"):
        return now.on(monday, DAY_START)
    return now.on(monday + timedelta(days=4), DAY_END)


# Words before "within N days" that make it a condition on the data, not a deadline:
# "ordered within 7 days", "customers who churn within 30 days".
_DATA_VERBS = {
    "order",
    "buy",
    "purchase",
    "convert",
    "churn",
    "return",
    "sign",
    "signup",
    "renew",
    "cancel",
    "upgrade",
    "downgrade",
    "activate",
    "pay",
    "ship",
    "deliver",
    "log",
    "login",
    "visit",
    "click",
    "open",
    "use",
    "come",
    "who",
    "that",
    "which",
}
_NOT_DATA_ED = {"needed", "required", "wanted", "appreciated"}


def rule_in_n(m: re.Match[str], now: Clock) -> datetime | None:
    before = re.search(r"([A-Za-z]+)\W*$", m.string[max(0, m.start() - 30) : m.start()])
    word = before.group(1).lower() if before else ""
    if word in _DATA_VERBS or (word.endswith("ed") and word not in _NOT_DATA_ED):
        return None
    raw = m.group("n").lower()
    if raw.startswith("couple"):
        n: int | float | None = 2
    elif raw in ("a", "an"):
        n = 1
    else:
        n = int(raw) if raw.isdigit() else words_to_number(raw)
    if not isinstance(n, int) or n < 1:
        return None
    unit = m.group("unit").lower()
    if unit.startswith("h"):
        return (now.at.astimezone(ZoneInfo("UTC")) + timedelta(hours=n)).astimezone(now.zone)
    if unit.startswith("w"):
        return now.on(now.today + timedelta(weeks=n), DAY_END)
    if m.group("biz"):
        return now.on(_add_working_days(now.today, n), DAY_END)
    return now.on(now.today + timedelta(days=n), DAY_END)


def rule_day_of_month(m: re.Match[str], now: Clock) -> datetime | None:
    """ "by the 15th": that day of this month, or of the next month having it once passed."""
    dom = int(m.group("dom"))
    t = _default_time(m)
    y, mo = now.today.year, now.today.month
    for _ in range(3):
        try:
            due = now.on(date(y, mo, dom), t)
        except ValueError:
            due = None
        if due is not None and due > now.at:
            return due
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return None


def rule_clock(m: re.Match[str], now: Clock) -> datetime | None:
    t = _tod(m, DAY_END)
    if t is None:
        return None
    return _after_now(now, now.today, t, timedelta(days=1))
